using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebcareHub.FollowUps;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>Retention and NPS: after the retention period the why loses personal data and the address and link go; the score stays for the report.</summary>
public sealed class NpsRetentionTests
{
    [Fact]
    public async Task Run_ScrubsTheWhy_AndForgetsAddressAndLink_ButKeepsTheScore()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:RetentionDays"] = "365" });
        var invoice = await app.SeedInvoiceAsync();
        var closedAt = app.Clock.GetUtcNow().UtcDateTime;
        var old = await app.SeedAsync(new NpsSurvey
        {
            ConversationKey = "directline:old", Channel = "directline", AgentName = "Anna", Language = "nl", State = NpsState.Answered,
            ClosedAt = closedAt, DebtorId = invoice.DebtorId, Email = "sanne@example.nl", TokenHash = "hash", Score = 3,
            Why = "Bel me op 0612345678, Sanne de Vries", AnsweredAt = closedAt, AnsweredVia = "email",
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<RetentionJob>(scope.ServiceProvider, new FakeTimeProvider(app.Clock.GetUtcNow().AddDays(300))).RunAsync(CancellationToken.None);
            Assert.Equal("Bel me op 0612345678, Sanne de Vries", await app.QueryAsync(db => db.NpsSurveys.Select(s => s.Why).SingleAsync()));
            await ActivatorUtilities.CreateInstance<RetentionJob>(scope.ServiceProvider, new FakeTimeProvider(app.Clock.GetUtcNow().AddDays(400))).RunAsync(CancellationToken.None);
        }

        var survey = await app.QueryAsync(db => db.NpsSurveys.AsNoTracking().SingleAsync(s => s.Id == old.Id));
        Assert.DoesNotContain("0612345678", survey.Why);
        Assert.DoesNotContain("Sanne", survey.Why);
        Assert.Equal((3, (string?)null, (string?)null), (survey.Score!.Value, survey.Email, survey.TokenHash));
        Assert.NotNull(survey.AnonymisedAt);
    }
}
