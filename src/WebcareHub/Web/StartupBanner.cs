using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace WebcareHub.Web;

/// <summary>Prints the addresses the app serves once Kestrel listens, so a developer knows where to go.</summary>
public static class StartupBanner
{
    public static void PrintWhereToGo(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { "", "WebcareHub is running." };
        foreach (var address in addresses)
        {
            lines.Add($"  Website with chat widget:  {address}/");
            lines.Add($"  Health:                    {address}/health");
            lines.Add($"  Direct Line 3.0 channel:   {address}/v3/directline");
            lines.Add($"  Bot Framework endpoint:    {address}/api/messages  (Emulator: leave App ID and password empty)");
        }
        if (app.Environment.IsDevelopment())
            lines.Add("  Development Direct Line secret: see DirectLine:Secrets in appsettings.Development.json");
        lines.Add("  Demo customers to try: see README.md (demo data)");
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    });
}
