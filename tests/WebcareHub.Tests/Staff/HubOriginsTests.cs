using System.Net;
using System.Net.WebSockets;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Staff;

public sealed class HubOriginsTests
{
    private const string Anna = "anna@webcarehub.example";

    [Fact]
    public async Task Hub_RefusesAPageFromAnotherOrigin_EvenWithAValidSession()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        var cookie = await app.SignInCookieAsync(Anna);

        var (status, console) = await HubTestClient.ConnectAsync(app, cookie, origin: "https://evil.example");

        Assert.Null(console);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Hub_RefusesAWebSocketFromAnotherOrigin_WithoutNegotiating()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Cookie", await app.SignInCookieAsync(Anna));
        socket.Options.SetRequestHeader("Origin", "https://evil.example");
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new UriBuilder(app.BaseAddress) { Scheme = "ws", Path = "/hubs/agent" }.Uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    /// <summary>
    /// The SameSite cookie stops other sites, not another port or a sibling subdomain: a change made with a staff cookie
    /// from a page of another origin is refused before it reaches the endpoint.
    /// </summary>
    [Fact]
    public async Task StaffChange_FromAPageOfAnotherOrigin_IsRefused_AndNothingChanges()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var admin = await app.CreateClientForAsync("ada@example.nl", StaffRoles.Admin);
        const string Csv = "reference;invoice;amount_cents;received_on\nB-1;F2026-00012;500;2026-11-24\n";
        HttpRequestMessage Import(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/import") { Content = new StringContent(Csv, System.Text.Encoding.UTF8, "text/plain") };
            request.Headers.Add("Origin", origin);
            return request;
        }

        var foreign = await admin.SendAsync(Import("http://localhost:9999"));
        var own = await admin.SendAsync(Import(app.BaseAddress.GetLeftPart(UriPartial.Authority)));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (foreign.StatusCode, own.StatusCode));
        Assert.Equal(1, await app.QueryAsync(db => db.Payments.CountAsync()));
    }

    [Fact]
    public async Task Hub_AcceptsItsOwnOrigin_AndConfiguredOnes()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Staff:AllowedOrigins:0"] = "https://console.example-incasso.nl/" });
        await app.AddStaffAsync(Anna);
        var cookie = await app.SignInCookieAsync(Anna);
        var own = app.BaseAddress.GetLeftPart(UriPartial.Authority);

        var (_, fromOwn) = await HubTestClient.ConnectAsync(app, cookie, origin: own);
        var (_, fromConfigured) = await HubTestClient.ConnectAsync(app, cookie, origin: "https://console.example-incasso.nl");
        await using var a = fromOwn!;
        await using var b = fromConfigured!;

        Assert.Null((await fromOwn!.InvokeAsync("GetQueue")).Error);
        Assert.Null((await fromConfigured!.InvokeAsync("GetQueue")).Error);
    }
}
