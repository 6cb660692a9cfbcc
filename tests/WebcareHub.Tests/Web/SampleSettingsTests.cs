using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using WebcareHub.Agreements;
using WebcareHub.Bot;
using WebcareHub.Channels.BotConnector;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Data;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Web;

/// <summary>appsettings.sample.json documents every setting: each options section binds, validates and is complete.</summary>
public sealed class SampleSettingsTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryRoot(), "appsettings.sample.json"))
        .Build();

    public static TheoryData<Type, string> Sections => new()
    {
        { typeof(DatabaseOptions), DatabaseOptions.Section },
        { typeof(BotOptions), BotOptions.Section },
        { typeof(DirectLineOptions), DirectLineOptions.Section },
        { typeof(UploadOptions), $"{DirectLineOptions.Section}:Uploads" },
        { typeof(BotConnectorOptions), BotConnectorOptions.Section },
        { typeof(UnderstandingOptions), UnderstandingOptions.Section },
        { typeof(VerificationOptions), VerificationOptions.Section },
        { typeof(AgreementOptions), AgreementOptions.Section },
        { typeof(AgreementPolicy), $"{AgreementOptions.Section}:Default" },
        { typeof(WebcareHub.Handoff.OpeningHoursOptions), WebcareHub.Handoff.OpeningHoursOptions.Section },
        { typeof(WebcareHub.Staff.StaffOptions), WebcareHub.Staff.StaffOptions.Section },
        { typeof(WebcareHub.Handoff.HandoffOptions), WebcareHub.Handoff.HandoffOptions.Section },
        { typeof(WebcareHub.Web.KeyRingOptions), WebcareHub.Web.KeyRingOptions.Section },
        { typeof(WebcareHub.Web.ProxyOptions), WebcareHub.Web.ProxyOptions.Section },
        { typeof(WebcareHub.FollowUps.FollowUpOptions), WebcareHub.FollowUps.FollowUpOptions.Section },
        { typeof(WebcareHub.FollowUps.EmailOptions), WebcareHub.FollowUps.EmailOptions.Section },
        { typeof(WebcareHub.Invoices.PaymentsOptions), WebcareHub.Invoices.PaymentsOptions.Section },
        { typeof(WebcareHub.Webcare.WebcareOptions), WebcareHub.Webcare.WebcareOptions.Section },
        { typeof(WebcareHub.Webcare.MetaOptions), $"{WebcareHub.Webcare.WebcareOptions.Section}:Meta" },
        { typeof(WebcareHub.Webcare.XOptions), $"{WebcareHub.Webcare.WebcareOptions.Section}:X" },
        { typeof(WebcareHub.Webcare.GenericSourceOptions), $"{WebcareHub.Webcare.WebcareOptions.Section}:Generic" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Section_BindsAndValidates(Type optionsType, string section)
    {
        var options = Sample.GetSection(section).Get(optionsType);

        Assert.NotNull(options);
        var errors = new List<ValidationResult>();
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true),
            string.Join("; ", errors.Select(e => e.ErrorMessage)));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Section_ListsEverySetting(Type optionsType, string section)
    {
        var settable = optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

        Assert.All(settable, p => Assert.True(Sample.GetSection($"{section}:{p.Name}").Exists(),
            $"appsettings.sample.json lacks {section}:{p.Name}"));
    }

    [Fact]
    public void Sample_HasTheConnectionString()
    {
        Assert.False(string.IsNullOrEmpty(Sample.GetConnectionString(DataSetup.ConnectionStringName)));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WebcareHub.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("WebcareHub.sln not found above the test folder");
    }
}
