using System.ComponentModel.DataAnnotations;

namespace WebcareHub.FollowUps;

/// <summary>Where follow-up jobs are stored, how often the sweep looks for due work, and when customers may be approached.</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUps";

    /// <summary>Hangfire job storage: <c>SQLite</c> (its own file), <c>InMemory</c> (lost on restart) or <c>PostgreSql</c>.</summary>
    [Required, RegularExpression("SQLite|InMemory|PostgreSql")] public string JobStorage { get; init; } = "SQLite";

    /// <summary>The SQLite job store's file, relative to the content root; never the app's own database file.</summary>
    [Required] public string JobStoragePath { get; init; } = "data/jobs.db";

    /// <summary>Connection string of the PostgreSQL job store (only with <c>JobStorage: PostgreSql</c>).</summary>
    public string PostgreSqlConnectionString { get; init; } = "";

    /// <summary>Run job workers in this process; off for an instance that only serves web requests.</summary>
    public bool RunJobServer { get; init; } = true;

    /// <summary>Workers taking jobs in parallel.</summary>
    [Range(1, 20)] public int WorkerCount { get; init; } = 2;

    /// <summary>How often the job server looks for due delayed jobs and new queued ones (Hangfire's default 15 s starts due jobs late).</summary>
    [Range(1, 60)] public int PollSeconds { get; init; } = 2;

    /// <summary>Cron (minutes, Amsterdam time) of the sweep that finds due work in the database rows, so a lost job store loses nothing.</summary>
    [Required] public string SweepSchedule { get; init; } = "* * * * *";

    /// <summary>
    /// Time of day (Amsterdam) a promise is checked on its check day: the promised day plus the creditor's grace
    /// period in business days (<c>Agreements:…:PromiseGraceBusinessDays</c>).
    /// </summary>
    [Required] public string PromiseCheckTime { get; init; } = "06:00";

    /// <summary>Minutes a chat may wait for a person before the customer hears so honestly and a call-back task is made.</summary>
    [Range(1, 240)] public int HandoffWaitMinutes { get; init; } = 10;

    /// <summary>
    /// Days after which a conversation's free text (transcript, hand-off details and notes, call-back context) loses
    /// its personal data; counts, outcomes, statuses and dates stay.
    /// </summary>
    [Range(1, 3650)] public int RetentionDays { get; init; } = 365;

    /// <summary>First moment of the day a customer may be approached, Amsterdam time.</summary>
    [Required] public string ContactFrom { get; init; } = "07:00";

    /// <summary>Moment from which nobody is approached any more, Amsterdam time.</summary>
    [Required] public string ContactUntil { get; init; } = "20:00";

    /// <summary>Public holidays (keys of <c>Common/Holidays.cs</c>) on which no customer is approached; Sundays never.</summary>
    [Required]
    public string[] NoContactHolidays { get; init; } =
    [
        "new-year", "good-friday", "easter-monday", "kings-day", "liberation-day", "ascension", "whit-monday", "christmas", "boxing-day",
    ];

    /// <summary>
    /// Days the government set equal to a public holiday ("YYYY-MM-DD"). Days closed in <c>OpeningHours:Exceptions</c> count too.
    /// </summary>
    public string[] NoContactDays { get; init; } = ["2024-05-10", "2024-12-27", "2025-05-30"];

    /// <summary>
    /// Minutes after the NPS question in the chat: a customer who wrote nothing in the chat since it was asked counts as
    /// gone and gets the question by e-mail instead (when an address is known); one who wrote is not asked again.
    /// </summary>
    [Range(1, 1440)] public int NpsChatMinutes { get; init; } = 10;

    /// <summary>Days the one-time NPS link in the e-mail can be used, counted from sending.</summary>
    [Range(1, 90)] public int NpsLinkValidDays { get; init; } = 14;

    /// <summary>The site's address as customers reach it, for links in e-mails (the NPS page); no trailing path.</summary>
    [Required, Url] public string PublicBaseUrl { get; init; } = "http://localhost:5080";
}
