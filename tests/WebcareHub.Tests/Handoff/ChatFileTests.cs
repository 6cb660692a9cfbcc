using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Staff;
using WebcareHub.Tests.Channels.BotConnector;
using WebcareHub.Tests.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

/// <summary>"A colleague can look at it": the file a customer sends reaches the agent who has the chat, and no one else.</summary>
public sealed class ChatFileTests
{
    [Fact]
    public async Task AFileSentInTheChat_ReachesTheAgentLiveAndInTheTranscript_AndOpensForThatAgentAndSupervisorsOnly()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await UploadTests.UploadAsync(customer, session, ("vooraf.png", "image/png", UploadTests.Png)); // before anyone has the chat
        await customer.SayAsync(session, "ik wil iemand spreken");
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
        await using var anna = await AgentHubClient.ConnectAsync(app, "anna@webcarehub.example");
        Assert.True((await anna.InvokeAsync("Claim", id)).GetBoolean());

        (await UploadTests.UploadAsync(customer, session, ("betaalbewijs.png", "image/png", UploadTests.Png))).EnsureSuccessStatusCode();
        await app.BotIdleAsync();

        var live = await anna.WaitForAsync("CustomerMessage", a => a[0].GetInt32() == id && a[3].GetArrayLength() == 1);
        var sent = live[3][0];
        Assert.Equal("betaalbewijs.png", sent.GetProperty("name").GetString());
        var lines = (await anna.InvokeAsync("GetChat", id)).GetProperty("transcript").EnumerateArray()
            .SelectMany(l => l.GetProperty("files").EnumerateArray()).ToList();
        Assert.Equal(["vooraf.png", "betaalbewijs.png"], lines.Select(f => f.GetProperty("name").GetString()));
        var url = $"/api/console/chats/{id}/files/{Uri.EscapeDataString(sent.GetProperty("id").GetString()!)}";

        var annaHttp = app.ClientWithCookie(await app.SignInCookieAsync("anna@webcarehub.example"));
        var download = await annaHttp.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(UploadTests.Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("no-store", download.Headers.CacheControl!.ToString());
        Assert.StartsWith("sandbox; ", download.Headers.GetValues("Content-Security-Policy").Single());

        await app.AddStaffAsync("sanne@webcarehub.example", StaffRoles.Supervisor);
        await app.AddStaffAsync("wout@webcarehub.example", StaffRoles.Webcare);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWithCookie(await app.SignInCookieAsync("wout@webcarehub.example")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientWithCookie(await app.SignInCookieAsync("sanne@webcarehub.example")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateHttpClient().GetAsync(url)).StatusCode);

        // Staff never get the file's own id, which is the secret part of the customer's public download URL.
        var publicUrl = (await customer.GetActivitiesAsync(session)).Activities.Single(a => a.Attachments is { Count: > 0 } f && f[0].Name == "betaalbewijs.png")
            .Attachments![0].ContentUrl!;
        var publicId = publicUrl[(publicUrl.LastIndexOf('/') + 1)..];
        Assert.DoesNotContain(publicId, (await anna.InvokeAsync("GetChat", id)).GetRawText());
        Assert.DoesNotContain(publicId, live.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await annaHttp.GetAsync($"/api/console/chats/{id}/files/{publicId}")).StatusCode);

        // Another chat's file, with the token its own agent got, under this chat's number: not found.
        var other = app.CreateDirectLineClient();
        var otherSession = await other.StartConversationAsync();
        await other.SayAsync(otherSession, "ik wil een medewerker");
        var otherId = await app.QueryAsync(db => db.HandoffRequests.Where(h => h.Id != id).Select(h => h.Id).SingleAsync());
        await using var bram = await AgentHubClient.ConnectAsync(app, "bram@webcarehub.example", name: "Bram");
        Assert.True((await bram.InvokeAsync("Claim", otherId)).GetBoolean());
        await UploadTests.UploadAsync(other, otherSession, ("ander.png", "image/png", UploadTests.Png));
        var token = (await bram.WaitForAsync("CustomerMessage", a => a[0].GetInt32() == otherId && a[3].GetArrayLength() == 1))[3][0].GetProperty("id").GetString();
        var bramHttp = app.ClientWithCookie(await app.SignInCookieAsync("bram@webcarehub.example"));
        Assert.Equal(HttpStatusCode.Forbidden, (await bramHttp.GetAsync(url)).StatusCode); // a colleague's chat
        var foreign = await annaHttp.GetAsync($"/api/console/chats/{id}/files/{Uri.EscapeDataString(token!)}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await annaHttp.GetAsync($"/api/console/chats/{otherId}/files/{Uri.EscapeDataString(token!)}")).StatusCode);

        // Once the chat is closed it is no longer the agent's: the file stays for supervisors.
        await anna.InvokeAsync("Close", id, "resolved");
        Assert.Equal(HttpStatusCode.Forbidden, (await annaHttp.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AFileOnAnotherBotFrameworkChannel_IsNotPromisedToAColleague()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = BotConnectorEndpointsTests.LocalMode();
        var message = JsonSerializer.SerializeToNode(BotConnectorEndpointsTests.Message(sink.ServiceUrl, ""))!;
        message["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["contentType"] = "image/png",
            ["contentUrl"] = "https://example.org/v3/directline/attachments/abc",
            ["name"] = "bon.png",
        });

        (await app.CreateHttpClient().PostAsJsonAsync("/api/messages", message)).EnsureSuccessStatusCode();

        var said = sink.Received.Where(r => r.Activity.Type == "message").Select(r => r.Activity.Text).ToList();
        Assert.Contains(said, t => Texts.IsOneOf(t, "attachment", "not-kept", "nl"));
        Assert.DoesNotContain(said, t => Texts.IsOneOf(t, "attachment", "received", "nl"));
    }
}
