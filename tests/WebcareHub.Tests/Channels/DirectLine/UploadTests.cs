using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.DirectLine;

public sealed class UploadTests
{
    /// <summary>The smallest file the upload accepts as a PNG (its signature, then a few bytes).</summary>
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task Upload_StoresMessageWithAttachmentServedAsDownload()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await UploadAsync(client, session, ("bon.png", "image/png", Png),
            activityJson: "{\"type\":\"message\",\"text\":\"mijn betaalbewijs\",\"attachments\":[{\"contentType\":\"image/png\",\"name\":\"bon.png\"}]}");
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id;
        var message = (await client.GetActivitiesAsync(session)).Activities.Single(a => a.Id == id);
        Assert.Equal("mijn betaalbewijs", message.Text);
        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal("bon.png", attachment.Name);
        Assert.StartsWith($"{app.BaseAddress.ToString().TrimEnd('/')}/v3/directline/attachments/", attachment.ContentUrl);
        var download = await client.Http.GetAsync(attachment.ContentUrl);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>A file without a usable name still downloads as an attachment, never inline on this site.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("..")]
    public async Task Upload_WithoutAName_IsNamedAndStillADownload(string name)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await UploadAsync(client, session, (name, "image/png", Png));
        var id = (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id;
        var attachment = (await client.GetActivitiesAsync(session)).Activities.Single(a => a.Id == id).Attachments![0];
        var download = await client.Http.GetAsync(attachment.ContentUrl);

        Assert.Equal("bestand.png", attachment.Name);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("bestand.png", download.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.StartsWith("sandbox; ", download.Headers.GetValues("Content-Security-Policy").Single());
    }

    /// <summary>A photo of the letter instead of the number it asked for: the question stays, and nothing is promised about the file.</summary>
    [Fact]
    public async Task Upload_InTheMiddleOfAQuestion_KeepsTheQuestion()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");

        var response = await UploadAsync(client, session, ("brief.png", "image/png", Png));
        await app.BotIdleAsync();
        var replies = await client.RepliesToAsync(session, (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id);

        Assert.True(Texts.IsOneOf(replies[0].Text, "attachment", "during-question", "nl"));
        Assert.True(Texts.IsOneOf(replies[^1].Text, "verify", "ask-invoice", "nl"));
        Assert.True(Texts.IsOneOf(await client.LastReplyAsync(session, "F2026-00012"), "verify", "ask-postcode", "nl"));
    }

    [Theory]
    [InlineData("bon.png", "image/png", "bon.png")]
    [InlineData("betaalbewijs.html", "application/pdf", "betaalbewijs.pdf")] // the type its bytes were checked for
    [InlineData("\u202Egnp.exe", "image/png", "gnp.png")] // a right-to-left override cannot turn the name around
    [InlineData("../../etc/passwd", "image/jpeg", "passwd.jpg")]
    [InlineData("/", "image/png", "bestand.png")]
    public void SafeName_KeepsTheCustomersName_WithTheCheckedTypesExtension(string given, string type, string kept) =>
        Assert.Equal(kept, UploadEndpoint.SafeName(given, type));

    [Fact]
    public async Task Upload_AnswersBadRequest_ForAMultipartBodyThatCannotBeRead()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var body = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes(
            "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\nb.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n--x--\r\n"));
        body.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/upload", session.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Upload_IsAcknowledgedByTheBot_WhenItComesWithoutText()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await UploadAsync(client, session, ("bon.png", "image/png", Png));
        await app.BotIdleAsync();

        var id = (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id;
        var reply = (await client.RepliesToAsync(session, id))[0];
        Assert.True(Texts.IsOneOf(reply.Text, "attachment", "received", "nl"));
    }

    [Fact]
    public async Task Upload_ReturnsUnsupportedMediaTypeAndStoresNothing_WhenTypeIsNotAllowed()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var before = (await client.GetActivitiesAsync(session)).Activities.Count;

        var response = await UploadAsync(client, session, ("script.html", "text/html", "<script>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.Equal(before, (await client.GetActivitiesAsync(session)).Activities.Count);
    }

    [Theory]
    [InlineData("factuur.pdf", "application/pdf", "<html><script>alert(1)</script>")]
    [InlineData("bon.png", "image/png", "%PDF-1.7")]
    [InlineData("foto.jpg", "image/jpeg", "GIF89a")]
    public async Task Upload_ReturnsUnsupportedMediaTypeAndStoresNothing_WhenTheBytesAreNotOfTheDeclaredType(string name, string type, string content)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var before = (await client.GetActivitiesAsync(session)).Activities.Count;

        var response = await UploadAsync(client, session, [("bon.png", "image/png", Png), (name, type, System.Text.Encoding.ASCII.GetBytes(content))]);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.Equal(before, (await client.GetActivitiesAsync(session)).Activities.Count);
        Assert.Equal(0, await app.QueryAsync(db => db.UploadedFiles.CountAsync()));
    }

    [Theory]
    [InlineData("factuur.pdf", "application/pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A })]
    [InlineData("foto.jpg", "image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 })]
    public async Task Upload_AcceptsAFile_WhoseFirstBytesMatchItsType(string name, string type, byte[] content)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await UploadAsync(client, session, (name, type, content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, await app.QueryAsync(db => db.UploadedFiles.Select(f => f.ContentType).SingleAsync()));
    }

    [Fact]
    public async Task Upload_ReturnsTooLarge_WhenFileExceedsLimit()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:Uploads:MaxFileBytes"] = "10" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await UploadAsync(client, session, ("bon.png", "image/png", Png));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>The activity beside a file is held to the posted activity's limit: the upload is no way around it.</summary>
    [Fact]
    public async Task Upload_ReturnsTooLargeAndStoresNothing_WhenTheActivityPartExceedsTheActivityLimit()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:MaxActivityBytes"] = "2048" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var before = (await client.GetActivitiesAsync(session)).Activities.Count;

        var response = await UploadAsync(client, session, ("bon.png", "image/png", Png), $$"""{"type":"message","text":"{{new string('a', 3000)}}"}""");
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, (await client.GetActivitiesAsync(session)).Activities.Count);
    }

    [Fact]
    public async Task Upload_ReturnsForbidden_WhenUploadsAreSwitchedOff()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:Uploads:Enabled"] = "false" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await UploadAsync(client, session, ("bon.png", "image/png", Png));
        var settings = await client.Http.GetStringAsync("/api/chat/settings");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"uploadsEnabled\":false", settings);
    }

    internal static Task<HttpResponseMessage> UploadAsync(DirectLineTestClient client, Session session,
        (string Name, string Type, byte[] Bytes) file, string? activityJson = null) => UploadAsync(client, session, [file], activityJson);

    internal static Task<HttpResponseMessage> UploadAsync(DirectLineTestClient client, Session session,
        (string Name, string Type, byte[] Bytes)[] files, string? activityJson = null)
    {
        var form = new MultipartFormDataContent();
        if (activityJson is not null)
        {
            var part = new StringContent(activityJson);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
            form.Add(part, "activity", "blob");
        }
        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(file.Type);
            form.Add(content, "file", file.Name);
        }
        return client.SendAsync(HttpMethod.Post,
            $"/v3/directline/conversations/{session.ConversationId}/upload?userId={session.UserId}", session.Token, form);
    }
}
