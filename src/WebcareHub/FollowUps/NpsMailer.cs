using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using WebcareHub.Channels;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Common;
using WebcareHub.Conversations;
using WebcareHub.Data;

namespace WebcareHub.FollowUps;

/// <summary>
/// The sweep's part of NPS. First it decides, for each question asked in a chat at least
/// <see cref="FollowUpOptions.NpsChatMinutes"/> ago without a score, whether the customer was still there: any line from
/// the customer after the question means yes (they saw it; not asked again); none means gone, and the question goes by
/// e-mail when an address is known. Then it sends the queued e-mails inside the contact window, each with a new
/// one-time link (only its hash is kept; the previous attempt's link keeps working), claimed first so two sweeps never send one twice.
/// </summary>
public sealed class NpsMailer(WebcareDbContext db, ConversationChannels conversations, NpsSurveys surveys, EmailSender email,
    SummaryTemplates templates, ContactWindow window, TimeProvider clock, IOptions<FollowUpOptions> options,
    IOptions<EmailOptions> emailOptions, ILogger<NpsMailer> log)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    /// <summary>Moves chat questions whose wait is over to e-mail (customer gone) or closes them (customer was there). Returns how many were queued for e-mail.</summary>
    public async Task<int> DecideChatQuestionsAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddMinutes(-options.Value.NpsChatMinutes);
        var asked = await db.NpsSurveys.AsNoTracking()
            .Where(s => s.State == NpsState.AskedInChat && s.Score == null && s.AskedInChatAt != null && s.AskedInChatAt <= cutoff)
            .Select(s => new { s.Id, s.ConversationKey, s.ChatMark, s.DebtorId }).ToListAsync(ct);
        var queued = 0;
        foreach (var s in asked)
        {
            bool present;
            try
            {
                present = (await conversations.ReadTranscriptAsync(s.ConversationKey, NpsChatQuestion.TranscriptLines, ct))
                    .Any(l => l.Sequence > s.ChatMark && l.Role == ActivityRoles.User);
            }
            catch (ConversationUnreachableException)
            {
                present = false;
            }
            var address = present ? null : await surveys.EmailForAsync(s.ConversationKey, s.DebtorId, ct);
            var state = present ? NpsState.NotAnswered : address is null ? NpsState.NotAsked : NpsState.EmailQueued;
            var changed = await db.NpsSurveys.Where(x => x.Id == s.Id && x.State == NpsState.AskedInChat && x.Score == null)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.State, state).SetProperty(x => x.Email, address), ct);
            if (changed == 1 && state == NpsState.EmailQueued) queued++;
        }
        return queued;
    }

    /// <summary>Sends the queued survey e-mails; outside the contact window nothing. Returns how many went out and the last failure.</summary>
    public async Task<(int Sent, Exception? Failure)> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!window.IsAllowed(now)) return (0, null);
        var at = now.UtcDateTime;
        var due = await db.NpsSurveys.AsNoTracking()
            .Where(s => s.State == NpsState.EmailQueued && s.Score == null && (s.EmailClaimedUntil == null || s.EmailClaimedUntil <= at))
            .OrderBy(s => s.Id).Select(s => s.Id).Take(200).ToListAsync(ct);
        return await EmailSender.SendEachAsync(due, id => TrySendAsync(id, at, ct), (id, error) => RecordFailureAsync(id, at, error, ct));
    }

    private async Task<bool> TrySendAsync(int id, DateTime at, CancellationToken ct)
    {
        // A new token per attempt: an e-mail that may not have left never holds the only working link. The previous
        // attempt's link stays valid, as that e-mail may have arrived all the same (a stop after the server took it).
        var token = RandomIds.Token();
        var expires = at.AddDays(options.Value.NpsLinkValidDays);
        var claimed = await db.NpsSurveys
            .Where(s => s.Id == id && s.State == NpsState.EmailQueued && s.Score == null && (s.EmailClaimedUntil == null || s.EmailClaimedUntil <= at))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EmailClaimedUntil, at + ClaimFor).SetProperty(s => s.EmailAttempts, s => s.EmailAttempts + 1)
                .SetProperty(s => s.PreviousTokenHash, s => s.TokenHash ?? s.PreviousTokenHash)
                .SetProperty(s => s.TokenHash, RandomIds.Hash(token)).SetProperty(s => s.LinkExpiresAt, expires), ct);
        if (claimed == 0) return false;
        await email.SendAsync(await ComposeAsync(id, token, ct), ct);
        await db.NpsSurveys.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.State, NpsState.EmailSent).SetProperty(s => s.EmailSentAt, at)
            .SetProperty(s => s.EmailClaimedUntil, (DateTime?)null).SetProperty(s => s.LastError, (string?)null), ct);
        return true;
    }

    private async Task RecordFailureAsync(int id, DateTime at, string error, CancellationToken ct)
    {
        var attempts = await db.NpsSurveys.Where(s => s.Id == id).Select(s => s.EmailAttempts).SingleAsync(ct);
        log.LogWarning("NPS survey {SurveyId} not e-mailed (attempt {Attempts}): {Error}", id, attempts, error);
        await db.NpsSurveys.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.State, attempts >= emailOptions.Value.MaxAttempts ? NpsState.EmailFailed : NpsState.EmailQueued)
            .SetProperty(s => s.EmailClaimedUntil, at + EmailSender.RetryPause(attempts))
            // This attempt's e-mail did not leave: the link that may be out there is the previous attempt's again.
            .SetProperty(s => s.TokenHash, s => s.PreviousTokenHash).SetProperty(s => s.PreviousTokenHash, (string?)null)
            .SetProperty(s => s.LastError, error), ct);
    }

    /// <summary>The survey e-mail in the customer's language with its one-time link.</summary>
    public async Task<MimeMessage> ComposeAsync(int id, string token, CancellationToken ct)
    {
        var s = await db.NpsSurveys.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Email, x.Language, x.ClosedAt }).SingleAsync(ct);
        var locale = Locales.OfLanguage(s.Language);
        var values = new Dictionary<string, string>
        {
            ["link"] = Link(token, s.Language),
            ["date"] = window.Today(new DateTimeOffset(s.ClosedAt, TimeSpan.Zero)).ToString("d MMMM", Locales.Culture(locale)),
            ["days"] = options.Value.NpsLinkValidDays.ToString(CultureInfo.InvariantCulture),
        };
        return email.Compose(s.Email!, s.Language, templates.Render(SummaryTemplates.NpsSurvey, s.Language, values), $"nps-{id}@webcarehub");
    }

    /// <summary>The survey page with the token in the fragment, which browsers never send to a server (so it is in no log).</summary>
    public string Link(string token, string language) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/nps/{(language == "en" ? "?lang=en" : "")}#{token}";
}
