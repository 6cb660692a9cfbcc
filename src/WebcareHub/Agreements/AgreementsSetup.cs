namespace WebcareHub.Agreements;

public static class AgreementsSetup
{
    public static IHostApplicationBuilder AddAgreements(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgreementOptions>()
            .BindConfiguration(AgreementOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<PaymentPromises>();
        builder.Services.AddScoped<PaymentArrangements>();
        return builder;
    }
}
