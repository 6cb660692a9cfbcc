using WebcareHub.Web;

namespace WebcareHub.Tests.Web;

public sealed class LogValueTests
{
    [Theory]
    [InlineData("anna@webcarehub.example", "anna@webcarehub.example")]
    [InlineData("x\r\n2026-11-30 INFO Signed in as admin", "x\\r\\n2026-11-30 INFO Signed in as admin")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("bell\u0007null\0esc\u001b", "bell\\u0007null\\u0000esc\\u001b")]
    [InlineData("del\u007f next\u0085 sep\u2028", "del\\u007f next\\u0085 sep\\u2028")]
    [InlineData("Één café", "Één café")]
    [InlineData(null, "")]
    public void Clean_EscapesControlCharacters_AndKeepsTheRest(string? value, string logged)
    {
        Assert.Equal(logged, LogValue.Clean(value));
    }

    [Fact]
    public void Clean_CutsVeryLongValues()
    {
        var logged = LogValue.Clean(new string('a', 5000) + "\n");

        Assert.Equal(LogValue.MaxLength + 1, logged.Length);
        Assert.EndsWith("…", logged);
    }
}
