using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Understanding;

public sealed class NluEndpointsTests
{
    [Fact]
    public async Task Parse_ReturnsIntentEntitiesAndDistress()
    {
        await using var app = new WebcareAppFactory();

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/nlu/parse",
            new { text = "Ik betaal F2026-00012 van € 120 volgende week vrijdag, postcode 1234 AB", locale = "nl", today = "2026-11-24" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("promise_to_pay", root.GetProperty("intent").GetString());
        var entities = root.GetProperty("entities");
        Assert.Equal("F2026-00012", entities.GetProperty("invoiceNumber").GetString());
        Assert.Equal(120m, entities.GetProperty("amount").GetDecimal());
        Assert.Equal("1234 AB", entities.GetProperty("postcode").GetString());
        Assert.Equal("2026-12-04", entities.GetProperty("date").GetString());
        Assert.False(root.GetProperty("distress").GetBoolean());
    }

    [Fact]
    public async Task Parse_ReturnsDistressKinds_PossibleCrisis_AndTheFaqMatched()
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();

        var feelings = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "ik schaam me kapot en ik ben zo bang voor de post" });
        var unsure = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "ik zie het niet meer zitten" });
        var faq = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "wat zijn jullie openingstijden" });
        var relative = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "mijn zoon zegt dat hij er een eind aan wil maken" });

        using var f = JsonDocument.Parse(await feelings.Content.ReadAsStringAsync());
        Assert.Equal(["fear", "shame"], f.RootElement.GetProperty("distressKinds").EnumerateArray().Select(k => k.GetString()).Order());
        Assert.NotEmpty(f.RootElement.GetProperty("reasons").EnumerateArray());
        using var u = JsonDocument.Parse(await unsure.Content.ReadAsStringAsync());
        Assert.True(u.RootElement.GetProperty("possibleCrisis").GetBoolean());
        Assert.False(u.RootElement.GetProperty("crisis").GetBoolean());
        Assert.False(u.RootElement.GetProperty("crisisAboutSomeoneClose").GetBoolean());
        using var r = JsonDocument.Parse(await relative.Content.ReadAsStringAsync());
        Assert.True(r.RootElement.GetProperty("crisis").GetBoolean());
        Assert.True(r.RootElement.GetProperty("crisisAboutSomeoneClose").GetBoolean());
        using var q = JsonDocument.Parse(await faq.Content.ReadAsStringAsync());
        Assert.Equal("opening_hours", q.RootElement.GetProperty("faq").GetString());
        Assert.Equal("faq.opening_hours", q.RootElement.GetProperty("alternatives")[0].GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Parse_ReturnsPeriodAndAmbiguity_AsTheirOwnShapes()
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();

        var period = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "uiterlijk vrijdag", today = "2026-11-24" });
        var ambiguous = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "volgende vrijdag", today = "2026-11-24" });

        using var p = JsonDocument.Parse(await period.Content.ReadAsStringAsync());
        Assert.Equal("2026-11-27", p.RootElement.GetProperty("entities").GetProperty("date").GetProperty("end").GetString());
        var week = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "ik betaal volgende week", today = "2026-11-24" });
        using var w = JsonDocument.Parse(await week.Content.ReadAsStringAsync());
        var weekDate = w.RootElement.GetProperty("entities").GetProperty("date");
        Assert.Equal(("2026-11-30", "2026-12-06", "2026-12-04"),
            (weekDate.GetProperty("start").GetString(), weekDate.GetProperty("end").GetString(), weekDate.GetProperty("due").GetString()));
        using var a = JsonDocument.Parse(await ambiguous.Content.ReadAsStringAsync());
        var entities = a.RootElement.GetProperty("entities");
        Assert.Equal("ambiguous", entities.GetProperty("dateProblem").GetString());
        Assert.Equal(2, entities.GetProperty("dateOptions").GetArrayLength());
    }

    [Fact]
    public async Task Parse_GivesNoPaymentDay_ForADayGoneByThatIsToldAbout()
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();

        var told = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "ik heb op 20 november al betaald", today = "2026-11-24" });
        var promised = await http.PostAsJsonAsync("/api/nlu/parse", new { text = "ik betaal op 20 december", today = "2026-11-24" });

        using var t = JsonDocument.Parse(await told.Content.ReadAsStringAsync());
        var entities = t.RootElement.GetProperty("entities");
        Assert.Equal(JsonValueKind.Null, entities.GetProperty("date").ValueKind);
        Assert.Equal("past", entities.GetProperty("dateProblem").GetString());
        using var p = JsonDocument.Parse(await promised.Content.ReadAsStringAsync());
        Assert.Equal("2026-12-20", p.RootElement.GetProperty("entities").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("{\"text\":\"\"}", "text")]
    [InlineData("{\"text\":\"morgen\",\"today\":\"24-11-2026\"}", "today")]
    public async Task Parse_ReturnsValidationProblem_WhenInputIsBad(string json, string field)
    {
        await using var app = new WebcareAppFactory();

        var response = await app.CreateHttpClient().PostAsync("/api/nlu/parse", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

}
