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
/// again and its task is first on the call-back list. A wait counts from the opening. After closing, a chat still waiting
/// moves to the call-back list with an honest word (see <see cref="MoveLeftAtClosingAsync"/>). The task's unique
/// source key makes a second run do nothing, so the customer is told once.
/// </summary>
public sealed class HandoffWaitChecker(WebcareDbContext db, Handoffs handoffs, ConversationChannels conversations, DialogCatalogSource dialogs,
    TimeProvider clock, OpeningHours hours, IOptions<FollowUpOptions> options, IOptions<BotOptions> bot, ILogger<HandoffWaitChecker> log)
{
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        // Out of hours nobody can pick a chat up: one still waiting from before closing goes to the call-back list.
        if (hours.OpenedAt() is not { } openedAt) return await MoveLeftAtClosingAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMinutes(-options.Value.HandoffWaitMinutes);
        // The wait counts from the opening: a chat left waiting overnight is not "taking too long" the minute people come in;
        // a possible crisis is, and hears the 113 line again with its task first on the list at once.
        var openLongEnough = openedAt <= cutoff;
        var waiting = await Project(db.HandoffRequests.AsNoTracking()
            .Where(h => h.Status == HandoffStatus.Waiting && h.RequestedAt <= cutoff && (openLongEnough || h.Urgency == HandoffUrgency.Top))
            .Where(h => !db.CallbackTasks.Any(t => t.SourceKey == CallbackTask.HandoffWaitSource + h.Id)))
            .ToListAsync(ct);
        var told = 0;
        foreach (var h in waiting)
        {
            // A possible crisis stays first on the call-back list.
            var task = NewTask(h, CallbackTask.HandoffWaitSource + h.Id, h.Urgency == HandoffUrgency.Top ? CallbackReasons.Crisis : CallbackReasons.UnclaimedHandoff,
                now, $"Wachtte sinds {h.RequestedAt:HH:mm} UTC op een medewerker (reden: {h.Reason}); niemand pakte de chat op. {h.Details}");
            if (!await db.AddOnceAsync(task, ct)) continue; // another sweep made it and told the customer
            await TellAsync(h, h.Reachable ? "wait-too-long" : "wait-too-long-guest", ct);
            told++;
        }
        return told;
    }

    /// <summary>
    /// Out of hours, a chat still waiting from before closing moves to the call-back list (a call when the customer can be
    /// reached, a message to read otherwise, a crisis first) and the customer hears honestly that people have gone and when
    /// they are back, instead of waiting all night. The task takes the request's own key, so a later call-back ask in the
    /// chat joins it; a task the day's wait already made is kept while it is open. The conditional status change makes a second
    /// run do nothing; the consoles reload once after all have moved.
    /// </summary>
    private async Task<int> MoveLeftAtClosingAsync(CancellationToken ct)
    {
        var left = await Project(db.HandoffRequests.AsNoTracking().Where(h => h.Status == HandoffStatus.Waiting)).ToListAsync(ct);
        var moved = new List<int>();
        foreach (var h in left)
        {
            // An agent claimed it, or another run moved it, at this very moment.
            if (!await handoffs.MoveToCallbackListAsync(h.Id, ct)) continue;
            var reachable = h.Reachable;
            // A wait task of the day that is still open keeps the promise; one already done does not. A task under the
            // chat's own key (an earlier call-back ask) stands as it is: it still holds the customer's words.
            if (!h.HasOpenWaitTask)
                await db.AddOnceAsync(NewTask(h, CallbackTask.HandoffKey(h.Id),
                    h.Urgency == HandoffUrgency.Top ? CallbackReasons.Crisis : reachable ? CallbackReasons.CallbackRequest : CallbackReasons.Message,
                    clock.GetUtcNow().UtcDateTime, $"Wachtte bij sluiting nog op een medewerker (reden: {h.Reason}). {h.Details}"), ct);
            await TellAsync(h, reachable ? "closed-while-waiting" : "closed-while-waiting-guest", ct);
            moved.Add(h.Id);
        }
        // Once, after all have moved: nobody left waiting hears a place out of hours, and the consoles reload once.
        await handoffs.AnnounceMovedToCallbackListAsync(moved, ct);
        return moved.Count;
    }

    /// <summary>A chat waiting for a person, as both checks read it.</summary>
    private sealed record WaitingChat(int Id, string ConversationKey, string Reason, HandoffUrgency Urgency, int? DebtorId, string? InvoiceNumber,
        string Language, string? Details, DateTime RequestedAt, bool HasOpenWaitTask)
    {
        /// <summary>Verified (so a number is on file) or a number given: only such a customer hears of a call.</summary>
        public bool Reachable => DebtorId is not null || PiiFinder.PhonesIn(Details ?? "").Any();
    }

    private IQueryable<WaitingChat> Project(IQueryable<HandoffRequest> requests) => requests.Select(h => new WaitingChat(
        h.Id, h.ConversationKey, h.Reason, h.Urgency, h.DebtorId, h.InvoiceNumber, h.Language, h.Details, h.RequestedAt,
        db.CallbackTasks.Any(t => t.SourceKey == CallbackTask.HandoffWaitSource + h.Id && t.DoneAt == null)));

    private static CallbackTask NewTask(WaitingChat h, string sourceKey, string reason, DateTime now, string context) => new()
    {
        SourceKey = sourceKey, Reason = reason, DueAt = now, CreatedAt = now,
        DebtorId = h.DebtorId, InvoiceNumber = h.InvoiceNumber, ConversationKey = h.ConversationKey, Language = h.Language,
        Context = CallbackTask.Clip(context.Trim()),
    };

    /// <summary>Tells the waiting customer <paramref name="textKey"/>; a possible crisis hears of 113 again after it.</summary>
    private async Task TellAsync(WaitingChat h, string textKey, CancellationToken ct)
    {
        await TellAsync(h.ConversationKey, h.Language, textKey, ct);
        if (h.Urgency == HandoffUrgency.Top) await TellAsync(h.ConversationKey, h.Language, "crisis-line", ct);
    }

    private async Task TellAsync(string key, string language, string textKey, CancellationToken ct)
    {
        var locale = Locales.OfLanguage(language);
        var text = dialogs.Current["handoff"].Texts[textKey][language][0].Replace("{backAt}", hours.NextOpeningText(locale), StringComparison.Ordinal);
        try
        {
            await conversations.SendAsync(key, new Activity
            {
                Type = ActivityTypes.Message,
                From = new ChannelAccount(bot.Value.Id, bot.Value.Name, ActivityRoles.Bot),
                Text = text,
                TextFormat = "markdown", // the 113 line carries a bold number and a link
                Locale = locale,
            }, ct);
        }
        catch (ConversationUnreachableException e)
        {
            // The task stands; the agent who calls back finds the chat gone.
            log.LogWarning("Could not tell a waiting customer about the wait: {Reason}", e.Message);
        }
    }
}
