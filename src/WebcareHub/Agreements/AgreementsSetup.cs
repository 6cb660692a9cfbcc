namespace WebcareHub.Agreements;

public static class AgreementsSetup
{
    public static IHostApplicationBuilder AddAgreements(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgreementOptions>()
            .BindConfiguration(AgreementOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<AgreementBook>();
        return builder;
    }
}
