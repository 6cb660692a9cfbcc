using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

public sealed class MentionEndpointsTests
{
    [Theory]
    [InlineData(StaffRoles.Webcare, HttpStatusCode.OK)]
    [InlineData(StaffRoles.Supervisor, HttpStatusCode.OK)]
    [InlineData(StaffRoles.Admin, HttpStatusCode.OK)]
    [InlineData(StaffRoles.Agent, HttpStatusCode.Forbidden)]
    public async Task ListMentions_IsForWebcareSupervisorAndAdmin(string role, HttpStatusCode expected)
    {
        await using var app = WebcareTestApp.Create();
        var http = await app.CreateClientForAsync("someone@example.nl", role);

        var response = await http.GetAsync("/api/webcare/mentions");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ListMentions_Returns401_WithoutSignIn()
    {
        await using var app = WebcareTestApp.Create();

        var response = await app.CreateHttpClient().GetAsync("/api/webcare/mentions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("limit=501")]
    [InlineData("limit=0")]
    [InlineData("risk=extreme")]
    [InlineData("status=lost")]
    public async Task ListMentions_Returns400_WhenAFilterIsWrong(string query)
    {
        await using var app = WebcareTestApp.Create();
        var http = await app.CreateClientForAsync("w@example.nl", StaffRoles.Webcare);

        var response = await http.GetAsync($"/api/webcare/mentions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListMentions_FiltersAndOrdersCrisisFirstThenByDueTime()
    {
        await using var app = WebcareTestApp.Create();
        var http = await app.CreateClientForAsync("w@example.nl", StaffRoles.Webcare);
        foreach (var (id, text) in new[]
        {
            ("a", "Wat zijn jullie openingstijden?"),
            ("b", "Ik schakel mijn advocaat in, bel me op 06-12345678"),
            ("c", "Ik wil er niet meer zijn, ik zie het niet meer zitten."),
        })
        {
            (await WebcareTestApp.PostGenericAsync(app.CreateHttpClient(), WebcareTestApp.GenericBody(id, text, author: "auteur-" + id))).EnsureSuccessStatusCode();
        }

        var all = await http.GetFromJsonAsync<JsonElement>("/api/webcare/mentions?lang=en");
        var high = await http.GetFromJsonAsync<JsonElement>("/api/webcare/mentions?risk=high&platform=linkedin&limit=1");
        var none = await http.GetFromJsonAsync<JsonElement>("/api/webcare/mentions?platform=x");

        var texts = all.EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.StartsWith("Ik wil er niet meer zijn", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("Ik schakel", texts[1], StringComparison.Ordinal);
        Assert.Equal("Wat zijn jullie openingstijden?", texts[2]);
        var legal = all[1];
        Assert.Equal("high", legal.GetProperty("risk").GetString());
        Assert.True(legal.GetProperty("containsPii").GetBoolean());
        Assert.Equal(["phone"], legal.GetProperty("piiKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains(legal.GetProperty("riskReasons").EnumerateArray(), r => r.GetString()!.StartsWith("Legal threat", StringComparison.Ordinal));
        Assert.Contains("Personal data posted publicly: phone number", legal.GetProperty("riskReasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(all[0].GetProperty("riskReasons").EnumerateArray(), r => r.GetString()!.Contains("113", StringComparison.Ordinal));
        foreach (var field in new[] { "platform", "author", "sentiment", "status", "dueAt" }) Assert.True(legal.TryGetProperty(field, out _), field);
        Assert.Equal(1, high.GetArrayLength());
        Assert.Equal(0, none.GetArrayLength());
    }

    [Fact]
    public async Task GetMention_ShowsTheAuthorsEarlierMentionsAndPiiPositions()
    {
        await using var app = WebcareTestApp.Create();
        var http = await app.CreateClientForAsync("w@example.nl", StaffRoles.Webcare);
        var webhook = app.CreateHttpClient();
        (await WebcareTestApp.PostGenericAsync(webhook, WebcareTestApp.GenericBody("e1", "Eerste klacht", createdAt: "2026-11-24T07:00:00Z"))).EnsureSuccessStatusCode();
        (await WebcareTestApp.PostGenericAsync(webhook, WebcareTestApp.GenericBody("e2", "Mail me op piet@example.nl", createdAt: "2026-11-24T08:00:00Z"))).EnsureSuccessStatusCode();
        var list = await http.GetFromJsonAsync<JsonElement>("/api/webcare/mentions");
        var second = list.EnumerateArray().Single(m => m.GetProperty("text").GetString()!.StartsWith("Mail", StringComparison.Ordinal));

        var detail = await http.GetFromJsonAsync<JsonElement>($"/api/webcare/mentions/{second.GetProperty("id").GetInt32()}");

        Assert.Equal("Eerste klacht", Assert.Single(detail.GetProperty("earlierByAuthor").EnumerateArray()).GetProperty("text").GetString());
        var pii = Assert.Single(detail.GetProperty("pii").EnumerateArray());
        Assert.Equal(("email", 11, 15), (pii.GetProperty("kind").GetString(), pii.GetProperty("start").GetInt32(), pii.GetProperty("length").GetInt32()));
        Assert.Contains("repeatAuthor", second.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()));
    }
}
