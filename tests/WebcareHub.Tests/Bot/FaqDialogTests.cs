using WebcareHub.Faq;
using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Bot;

/// <summary>Every FAQ answered from three wordings nobody trained on, over Direct Line, with a follow-up offer.</summary>
public sealed class FaqDialogTests
{
    private static readonly FaqLibrary Library = FaqLibrary.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "faq"));

    public static TheoryData<string> FaqIds() => [.. Library.All.Select(f => f.Id)];

    private static IEnumerable<string> WordingsFor(string id) => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Bot", "faq-wordings.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Where(p => p[0] == id)
        .Select(p => p[1]);

    [Theory]
    [MemberData(nameof(FaqIds))]
    public async Task EveryFaq_IsAnswered_FromThreeWordings(string id)
    {
        var wordings = WordingsFor(id).ToList();
        var examples = Library.All.SelectMany(f => f.Examples.Values.SelectMany(e => e)).Select(TextNormalizer.Simplify).ToHashSet();
        Assert.Equal(3, wordings.Count);
        Assert.DoesNotContain(wordings, w => examples.Contains(TextNormalizer.Simplify(w)));
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();

        foreach (var wording in wordings)
        {
            var session = await client.StartConversationAsync();
            var replies = await client.RepliesAsync(session, wording);

            var answered = replies.Where(r => r.Text is not null).ToList();
            var title = Library.Find(id)!.Title["nl"];
            if (answered.Count == 1 && answered[0].SuggestedActions?.Actions.Any(a => a.Title == title) == true)
            {
                // The bot asked which question was meant; the FAQ's button must then answer it.
                Assert.Contains(title, answered[0].Text);
                answered = (await client.RepliesAsync(session, title)).Where(r => r.Text is not null).ToList();
            }
            Assert.True(answered.Count >= 2, $"\"{wording}\" got {answered.Count} replies");
            Assert.True(answered[^2].Text!.StartsWith(Library.Find(id)!.Answer["nl"][..20], StringComparison.Ordinal), $"\"{wording}\": {answered[^2].Text}");
            Assert.True(Texts.IsOneOf(answered[^1].Text, "faq", "more", "nl"), $"\"{wording}\": no follow-up offer");
            Assert.Contains(answered[^1].SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
        }
    }

    [Theory]
    [InlineData("sturen we je een")]
    [InlineData("stuurt hem")]
    [InlineData("we send you a")]
    [InlineData("will send")]
    public void NoFaqAnswer_PromisesToSendSomething_WhileNothingSendsIt(string promise) =>
        Assert.DoesNotContain(Library.All, f => f.Answer.Values.Any(a => a.Contains(promise, StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public async Task OpeningHoursAnswer_NamesTheConfiguredHours_AndRegisterNumberTheSetting()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Bot:RegisterNumber"] = "12345678" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var hours = await client.RepliesAsync(session, "Openingstijden");
        var register = await client.RepliesAsync(session, "Zijn jullie een geregistreerd incassobureau?");

        Assert.Contains("ma–do 08:30–17:30, vr 08:30–17:00", hours[0].Text);
        Assert.Contains("12345678", register[0].Text);
        Assert.DoesNotContain("{", hours[0].Text + register[0].Text);
    }

    [Fact]
    public async Task ClarifyButton_StartsTheDialogItNames()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, "Ik ben het niet eens met de vordering");

        Assert.True(Texts.IsOneOf(replies[0].Text, "dispute", "acknowledge-unverified", "nl"));
    }
}
