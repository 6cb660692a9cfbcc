using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Bot;
using WebcareHub.Channels.BotConnector;
using WebcareHub.Channels.DirectLine;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Invoices;
using WebcareHub.Staff;
using WebcareHub.Webcare;

namespace WebcareHub.Data;

public sealed class WebcareDbContext(DbContextOptions<WebcareDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<StoredActivity> Activities => Set<StoredActivity>();
    public DbSet<DirectLineToken> DirectLineTokens => Set<DirectLineToken>();
    public DbSet<UploadedFile> UploadedFiles => Set<UploadedFile>();
    public DbSet<BotConnectorConversation> BotConnectorConversations => Set<BotConnectorConversation>();
    public DbSet<BotConnectorMessage> BotConnectorMessages => Set<BotConnectorMessage>();
    public DbSet<ConversationState> ConversationStates => Set<ConversationState>();
    public DbSet<VerificationAttempt> VerificationAttempts => Set<VerificationAttempt>();
    public DbSet<Creditor> Creditors => Set<Creditor>();
    public DbSet<Debtor> Debtors => Set<Debtor>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentPromise> PaymentPromises => Set<PaymentPromise>();
    public DbSet<PaymentArrangement> PaymentArrangements => Set<PaymentArrangement>();
    public DbSet<Dispute> Disputes => Set<Dispute>();
    public DbSet<HandoffRequest> HandoffRequests => Set<HandoffRequest>();
    public DbSet<HandoffNote> HandoffNotes => Set<HandoffNote>();
    public DbSet<VerificationWindow> VerificationWindows => Set<VerificationWindow>();
    public DbSet<AgreementSummary> AgreementSummaries => Set<AgreementSummary>();
    public DbSet<CallbackTask> CallbackTasks => Set<CallbackTask>();
    public DbSet<NpsSurvey> NpsSurveys => Set<NpsSurvey>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<MentionReply> MentionReplies => Set<MentionReply>();
    public DbSet<MentionAudit> MentionAudits => Set<MentionAudit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebcareDbContext).Assembly);
    }
}
