using System.ComponentModel.DataAnnotations;

using WebcareHub.Common;

namespace WebcareHub.Handoff;

/// <summary>When people answer chats: weekly hours plus dated exceptions (closed days, early closing).</summary>
public sealed class OpeningHoursOptions
{
    public const string Section = "OpeningHours";

    /// <summary>Day of week (English name) → "HH:mm-HH:mm"; a missing day is closed.</summary>
    [Required]
    public Dictionary<string, string> Weekly { get; init; } = new()
    {
        ["Monday"] = "08:30-17:30",
        ["Tuesday"] = "08:30-17:30",
        ["Wednesday"] = "08:30-17:30",
        ["Thursday"] = "08:30-17:30",
        ["Friday"] = "08:30-17:00",
    };

    /// <summary>
    /// Public holidays on which nobody is in, computed for every year (Easter-based ones too): keys of
    /// <c>Understanding/Dates/Holidays.cs</c>. A dated exception for the same day wins.
    /// </summary>
    [Required]
    public string[] ClosedOnHolidays { get; init; } =
    [
        "new-year", "good-friday", "easter", "easter-monday", "kings-day", "liberation-day", "ascension", "whit-sunday", "whit-monday",
        "christmas", "boxing-day",
    ];

    /// <summary>Liberation Day (5 May) closes the office every year; otherwise only in lustrum years (2025, 2030, …).</summary>
    public bool LiberationDayEveryYear { get; init; }

    /// <summary>"YYYY-MM-DD" → "closed" or "HH:mm-HH:mm" for that day only.</summary>
    public Dictionary<string, string> Exceptions { get; init; } = [];
}
