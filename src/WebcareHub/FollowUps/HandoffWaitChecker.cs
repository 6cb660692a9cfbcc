using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Bot.Dialogs;
using WebcareHub.Channels;
using WebcareHub.Common;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.Handoff;
using WebcareHub.Webcare;

namespace WebcareHub.FollowUps;

/// <summary>
/// A chat nobody claimed within <see cref="FollowUpOptions.HandoffWaitMinutes"/>: the customer hears so honestly (through
/// the channel-neutral sender) and a call-back task is made; the chat keeps its place in the queue. A guest without a
/// number hears no promise of a call, only that the chat stays in the queue; a possible crisis also hears the 113 line
/// again and its task is first on the call-back list. A wait counts from the opening. The task's unique
/// source key makes a second run do nothing, so the customer is told once. Only while people are in.
/// </summary>
public sealed class HandoffWaitChecker(WebcareDbContext db, ConversationChannels conversations, DialogCatalogSource dialogs,
    TimeProvider clock, OpeningHours hours, IOptions<FollowUpOptions> options, IOptions<BotOptions> bot, ILogger<HandoffWaitChecker> log)
{
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        // Out of hours nobody can pick a chat up, and the customer was told when people are back: "nobody could pick up
        // your chat yet" at night would contradict that.
        if (hours.OpenedAt() is not { } openedAt) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMinutes(-options.Value.HandoffWaitMinutes);
        // The wait counts from the opening: a chat left waiting overnight is not "taking too long" the minute people come in;
        // a possible crisis is, and hears the 113 line again with its task first on the list at once.
        var openLongEnough = openedAt <= cutoff;
        var waiting = await db.HandoffRequests.AsNoTracking()
            .Where(h => h.Status == HandoffStatus.Waiting && h.RequestedAt <= cutoff && (openLongEnough || h.Urgency == HandoffUrgency.Top))
            .Where(h => !db.CallbackTasks.Any(t => t.SourceKey == CallbackTask.HandoffWaitSource + h.Id))
            .Select(h => new { h.Id, h.ConversationKey, h.Reason, h.Urgency, h.DebtorId, h.InvoiceNumber, h.Language, h.Details, h.RequestedAt })
            .ToListAsync(ct);
        var told = 0;
        foreach (var h in waiting)
        {
            var context = $"Wachtte sinds {h.RequestedAt:HH:mm} UTC op een medewerker (reden: {h.Reason}); niemand pakte de chat op. {h.Details}".Trim();
            var task = new CallbackTask
            {
                // A possible crisis stays first on the call-back list.
                SourceKey = CallbackTask.HandoffWaitSource + h.Id, Reason = h.Urgency == HandoffUrgency.Top ? CallbackReasons.Crisis : CallbackReasons.UnclaimedHandoff,
                DueAt = now, CreatedAt = now,
                DebtorId = h.DebtorId, InvoiceNumber = h.InvoiceNumber, ConversationKey = h.ConversationKey, Language = h.Language,
                Context = context[..Math.Min(context.Length, CallbackTask.MaxContextLength)],
            };
            db.CallbackTasks.Add(task);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.Entry(task).State = EntityState.Detached;
                if (await db.CallbackTasks.AnyAsync(t => t.SourceKey == task.SourceKey, ct)) continue; // another sweep made it and told the customer
                throw;
            }
            // Only a customer we can reach (verified, so a number is on file, or one who gave a number) hears of a call-back.
            var reachable = h.DebtorId is not null || PiiFinder.PhonesIn(h.Details ?? "").Any();
            await TellAsync(h.ConversationKey, h.Language, reachable ? "wait-too-long" : "wait-too-long-guest", ct);
            // A possible crisis hears of 113 again while it waits.
            if (h.Urgency == HandoffUrgency.Top) await TellAsync(h.ConversationKey, h.Language, "crisis-line", ct);
            told++;
        }
        return told;
    }

    private async Task TellAsync(string key, string language, string textKey, CancellationToken ct)
    {
        var text = dialogs.Current["handoff"].Texts[textKey][language][0];
        try
        {
            await conversations.SendAsync(key, new Activity
            {
                Type = ActivityTypes.Message,
                From = new ChannelAccount(bot.Value.Id, bot.Value.Name, ActivityRoles.Bot),
                Text = text,
                TextFormat = "markdown", // the 113 line carries a bold number and a link
                Locale = language == "en" ? Locales.English : Locales.Dutch,
            }, ct);
        }
        catch (ConversationUnreachableException e)
        {
            // The task stands; the agent who calls back finds the chat gone.
            log.LogWarning("Could not tell a waiting customer about the wait: {Reason}", e.Message);
        }
    }
}
