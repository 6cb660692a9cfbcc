using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.FollowUps;

public enum NpsState
{
    /// <summary>The bot asked in the chat right after the agent closed it.</summary>
    AskedInChat,
    /// <summary>The customer was gone from the chat (or it was unreachable): an e-mail with a one-time link waits for contact hours.</summary>
    EmailQueued,
    EmailSent,
    /// <summary>The e-mail could not be sent after <c>Email:MaxAttempts</c> tries.</summary>
    EmailFailed,
    Answered,
    /// <summary>The customer was still in the chat after the question but gave no score: not asked again.</summary>
    NotAnswered,
    /// <summary>Gone from the chat and no e-mail address known: nobody is asked.</summary>
    NotAsked,
}

/// <summary>
/// The NPS question after one conversation an agent closed: at most one per conversation (a unique key), asked in
/// the chat or by e-mail with a one-time link (only the token's SHA-256 is kept), and the score with its "why".
/// </summary>
public sealed class NpsSurvey
{
    public const int MaxWhyLength = 1000;

    public int Id { get; init; }
    public required string ConversationKey { get; init; }
    public int HandoffId { get; init; }
    /// <summary>"directline" for the website chat, or the Bot Connector channel ("msteams", "emulator", …).</summary>
    public required string Channel { get; init; }
    /// <summary>The agent who closed the chat (Identity user id) and their name at that moment.</summary>
    public string? AgentId { get; init; }
    public string? AgentName { get; init; }
    public int? DebtorId { get; init; }
    public string? InvoiceNumber { get; init; }
    /// <summary>"nl" or "en".</summary>
    public required string Language { get; init; }
    public NpsState State { get; set; }
    public DateTime ClosedAt { get; init; }
    public DateTime? AskedInChatAt { get; set; }
    /// <summary>The transcript's last sequence before the question: a customer line after it means the customer was still there.</summary>
    public long ChatMark { get; set; }
    public string? Email { get; set; }
    public string? TokenHash { get; set; }
    public DateTime? LinkExpiresAt { get; set; }
    public int EmailAttempts { get; set; }
    /// <summary>A sender holds the row until then, so two sweeps never both send the e-mail.</summary>
    public DateTime? EmailClaimedUntil { get; set; }
    public DateTime? EmailSentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>0–10; null until answered.</summary>
    public int? Score { get; set; }
    public string? Why { get; set; }
    public DateTime? AnsweredAt { get; set; }
    /// <summary>"chat" or "email".</summary>
    public string? AnsweredVia { get; set; }
    /// <summary>When the retention job scrubbed the why and forgot the address and link; null until then.</summary>
    public DateTime? AnonymisedAt { get; set; }
    /// <summary>
    /// The hash of the link sent by the attempt before the current one. A sender that stopped between the SMTP server's
    /// acceptance and the "sent" mark sends again with a new link; the first e-mail may have arrived, so its link keeps working.
    /// </summary>
    public string? PreviousTokenHash { get; set; }
}

internal sealed class NpsSurveyConfiguration : IEntityTypeConfiguration<NpsSurvey>
{
    public void Configure(EntityTypeBuilder<NpsSurvey> b)
    {
        b.ToTable("NpsSurveys");
        b.Property(s => s.ConversationKey).HasMaxLength(300);
        // Never asked twice for one conversation, held by the database.
        b.HasIndex(s => s.ConversationKey).IsUnique();
        b.Property(s => s.Channel).HasMaxLength(40);
        b.Property(s => s.AgentId).HasMaxLength(450);
        b.Property(s => s.AgentName).HasMaxLength(200);
        b.Property(s => s.InvoiceNumber).HasMaxLength(20);
        b.Property(s => s.Language).HasMaxLength(2);
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Email).HasMaxLength(200);
        b.Property(s => s.TokenHash).HasMaxLength(100);
        b.HasIndex(s => s.TokenHash).IsUnique();
        b.Property(s => s.PreviousTokenHash).HasMaxLength(100);
        b.HasIndex(s => s.PreviousTokenHash).IsUnique();
        b.Property(s => s.LastError).HasMaxLength(AgreementSummary.MaxErrorLength);
        b.Property(s => s.Why).HasMaxLength(NpsSurvey.MaxWhyLength);
        b.Property(s => s.AnsweredVia).HasMaxLength(10);
        b.HasIndex(s => s.State);
        b.HasIndex(s => s.ClosedAt);
    }
}
