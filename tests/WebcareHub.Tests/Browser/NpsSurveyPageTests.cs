using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WebcareHub.Channels.DirectLine;
using WebcareHub.FollowUps;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

/// <summary>The survey page of the one-time NPS link in Chromium: accessible, answered by keyboard, and refused politely the second time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NpsSurveyPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task SurveyPage_RecordsScoreAndWhy_ThenSaysItWasAnswered()
    {
        await using var app = new WebcareAppFactory();
        var token = RandomIds.Token();
        await app.SeedAsync(new NpsSurvey
        {
            ConversationKey = "directline:gone", Channel = "directline", AgentName = "Anna", Language = "nl", State = NpsState.EmailSent,
            ClosedAt = app.Clock.GetUtcNow().UtcDateTime, TokenHash = RandomIds.Hash(token), LinkExpiresAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(14),
        });
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var csp = CspViolations.Watch(page);
        await page.GotoAsync("/nps/#" + token);
        await page.GetByText("Eén vraag, en als je wilt een korte toelichting.").WaitForAsync();

        var axe = await page.RunAxe();
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        var pick = await page.Locator("#error").TextContentAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "5", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowLeft"); // 4: arrow keys move through the group
        await page.GetByLabel("Waarom geef je dit cijfer? (mag je overslaan)").FillAsync("Ik wachtte lang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await page.GetByText("Dank je wel voor je antwoord! Je kunt deze pagina sluiten.").WaitForAsync();
        await page.ReloadAsync();
        await page.GetByText("Je hebt deze vraag al beantwoord. Dank je wel! We vragen het maar één keer.").WaitForAsync();

        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        Assert.Equal("Kies een cijfer van 0 tot 10.", pick);
        var survey = await app.QueryAsync(db => db.NpsSurveys.AsNoTracking().SingleAsync());
        Assert.Equal((4, "Ik wachtte lang", "email"), (survey.Score!.Value, survey.Why, survey.AnsweredVia));
        Assert.Equal(1, await app.QueryAsync(db => db.CallbackTasks.CountAsync()));
        Assert.Empty(csp);
    }
}
