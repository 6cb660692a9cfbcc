using WebcareHub.Understanding.Dates;

namespace WebcareHub.Tests.Understanding;

/// <summary>Our own Dutch and English phrases (date-phrases.tsv), read against a fixed Tuesday 24 November 2026.</summary>
public sealed class DateRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    public static TheoryData<string, string> Phrases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Understanding", "date-phrases.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Recognize_ResolvesPhrase_AgainstToday(string phrase, string expected)
    {
        Assert.Equal(expected, Describe(DateRecognizer.Recognize(phrase, Today)));
    }

    [Fact]
    public void Recognize_ReadsBeforeAMonth_AsByTheLastDayOfTheMonthBefore_InALeapYear() =>
        Assert.Equal("2027-11-24..2028-02-29", Describe(DateRecognizer.Recognize("voor maart betaal ik", new DateOnly(2027, 11, 24))));

    [Fact]
    public void Recognize_GivesBothReadings_WhenNextWeekdayIsAmbiguous()
    {
        var found = DateRecognizer.Recognize("volgende vrijdag", Today)!;

        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 4)], found.Alternatives);
    }

    private static string Describe(DateMention? found) => found switch
    {
        null => "none",
        { Kind: DateMentionKind.Day } => found.Start.ToString("yyyy-MM-dd"),
        { Kind: DateMentionKind.Period } => $"{found.Start:yyyy-MM-dd}..{found.End:yyyy-MM-dd}",
        { Kind: DateMentionKind.Ambiguous } => "ambiguous",
        { Kind: DateMentionKind.Past } => $"past {found.Start:yyyy-MM-dd}",
        _ => "impossible",
    };
}
