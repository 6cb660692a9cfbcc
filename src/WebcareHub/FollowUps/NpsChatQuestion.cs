using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Channels;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.Handoff;

namespace WebcareHub.FollowUps;

/// <summary>
/// Right after an agent closes a chat (not when handing it back to the bot, and never after a possible crisis), the
/// conversation gets its one NPS survey and the bot asks the question in the chat (<c>dialogs/nps.yaml</c>). When the
/// channel cannot take the question, the survey goes by e-mail at once (if an address is known); whether a customer who
/// was asked in the chat is still there is decided later by <see cref="NpsMailer"/>.
/// </summary>
public sealed class NpsChatQuestion(WebcareDbContext db, BotEventTurn botEvents, ConversationChannels conversations, NpsSurveys surveys,
    TimeProvider clock, ILogger<NpsChatQuestion> log)
{
    /// <summary>Enough for any chat: the mark must be the transcript's real last line.</summary>
    public const int TranscriptLines = 100_000;

    /// <summary>The survey's state after starting it; null when none was started (not resolved, a crisis, or asked before).</summary>
    public async Task<NpsState?> StartAsync(int handoffId, CancellationToken ct)
    {
        var h = await db.HandoffRequests.AsNoTracking().Where(x => x.Id == handoffId && x.Status == HandoffStatus.Resolved)
            .Select(x => new { x.ConversationKey, x.AgentId, x.DebtorId, x.InvoiceNumber, x.Language, x.Urgency }).SingleOrDefaultAsync(ct);
        // After a possible suicide signal nobody is asked to rate us.
        if (h is null || h.Urgency == HandoffUrgency.Top || await db.NpsSurveys.AnyAsync(s => s.ConversationKey == h.ConversationKey, ct)) return null;
        var survey = new NpsSurvey
        {
            ConversationKey = h.ConversationKey, HandoffId = handoffId, Channel = ConversationKey.Channel(h.ConversationKey), AgentId = h.AgentId,
            AgentName = h.AgentId is null ? null : await db.Users.Where(u => u.Id == h.AgentId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct),
            DebtorId = h.DebtorId, InvoiceNumber = h.InvoiceNumber, Language = h.Language == "en" ? "en" : "nl",
            State = NpsState.AskedInChat, ClosedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.NpsSurveys.Add(survey);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(survey).State = EntityState.Detached; // a second close at the same moment started it already
            return null;
        }
        var id = survey.Id;
        var key = h.ConversationKey;
        try
        {
            var mark = (await conversations.ReadTranscriptAsync(key, TranscriptLines, ct)).Select(l => l.Sequence).DefaultIfEmpty().Max();
            await db.NpsSurveys.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ChatMark, mark), ct);
            await botEvents.RunAsync(key, TurnHandler.NpsEvent, ct);
            await db.NpsSurveys.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.AskedInChatAt, clock.GetUtcNow().UtcDateTime), ct);
            return NpsState.AskedInChat;
        }
        catch (ConversationUnreachableException e)
        {
            log.LogInformation("NPS survey {SurveyId}: the chat cannot be reached ({Reason}); asking by e-mail if an address is known", id, e.Message);
            var email = await surveys.EmailForAsync(key, h.DebtorId, ct);
            var state = email is null ? NpsState.NotAsked : NpsState.EmailQueued;
            await db.NpsSurveys.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.State, state).SetProperty(s => s.Email, email), ct);
            return state;
        }
    }
}
