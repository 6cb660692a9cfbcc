using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Handoff;

/// <summary>Why a customer is to be called back; one list for all of them.</summary>
public static class CallbackReasons
{
    public const string BrokenPromise = "broken-promise";
    public const string PartlyPaid = "partly-paid";
    /// <summary>A payment arrangement fell behind its instalments.</summary>
    public const string MissedInstalment = "missed-instalment";
    /// <summary>Out of hours: the customer left a message.</summary>
    public const string Message = "message";
    /// <summary>Out of hours: the customer asked to be called back.</summary>
    public const string CallbackRequest = "callback-request";
    /// <summary>Out of hours: a possible crisis; first on the list, whatever its time.</summary>
    public const string Crisis = "crisis";
    public const string UnclaimedHandoff = "unclaimed-handoff";
    public const string Detractor = "nps-detractor";
    /// <summary>A payment brought an invoice below zero: someone arranges the refund with the customer.</summary>
    public const string Overpaid = "overpaid";
}

/// <summary>
/// A task for an agent to contact a customer: when, why, with what context and a suggested opening line;
/// claimed by one agent and closed with an outcome. <see cref="SourceKey"/> names what caused it
/// ("promise:12"), unique, so a job that runs twice creates one task.
/// </summary>
public sealed class CallbackTask
{
    public const int MaxContextLength = 2000;

    /// <summary>The source key of a task a chat's hand-off made: "handoff:{id}".</summary>
    public const string HandoffSource = "handoff:";

    /// <summary>The source key of a task made for a chat nobody picked up in time (see HandoffWaitChecker): "handoff-wait:{id}".</summary>
    public const string HandoffWaitSource = "handoff-wait:";

    /// <summary>The context cut to what a task holds.</summary>
    public static string Clip(string context) => context[..Math.Min(context.Length, MaxContextLength)];

    public static string HandoffKey(int handoffId) => HandoffSource + handoffId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The hand-off a task came from, or null for a task of another source.</summary>
    public static int? HandoffIdOf(string sourceKey) =>
        sourceKey.StartsWith(HandoffSource, StringComparison.Ordinal)
        && int.TryParse(sourceKey[HandoffSource.Length..], System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public int Id { get; init; }
    public required string SourceKey { get; init; }
    public required string Reason { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime CreatedAt { get; init; }
    public int? DebtorId { get; init; }
    public string? InvoiceNumber { get; init; }
    public string? ConversationKey { get; init; }
    /// <summary>"nl" or "en": the customer's language.</summary>
    public required string Language { get; init; }
    public required string Context { get; set; }
    public string? OpeningLine { get; set; }
    /// <summary>The staff user who claimed it (Identity user id) and their name.</summary>
    public string? AssignedTo { get; set; }
    public string? AssignedName { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public DateTime? DoneAt { get; set; }
    public string? Outcome { get; set; }
    /// <summary>When the retention job removed personal data from the context, opening line and outcome; null until then.</summary>
    public DateTime? AnonymisedAt { get; set; }
}

internal sealed class CallbackTaskConfiguration : IEntityTypeConfiguration<CallbackTask>
{
    public void Configure(EntityTypeBuilder<CallbackTask> b)
    {
        b.ToTable("CallbackTasks");
        b.Property(t => t.SourceKey).HasMaxLength(100);
        b.HasIndex(t => t.SourceKey).IsUnique();
        b.Property(t => t.Reason).HasMaxLength(40);
        b.Property(t => t.InvoiceNumber).HasMaxLength(20);
        b.Property(t => t.ConversationKey).HasMaxLength(300);
        b.Property(t => t.Language).HasMaxLength(2);
        b.Property(t => t.Context).HasMaxLength(CallbackTask.MaxContextLength);
        b.Property(t => t.OpeningLine).HasMaxLength(500);
        b.Property(t => t.AssignedTo).HasMaxLength(100);
        b.Property(t => t.AssignedName).HasMaxLength(200);
        b.Property(t => t.Outcome).HasMaxLength(500);
        b.HasIndex(t => new { t.DoneAt, t.DueAt });
    }
}
