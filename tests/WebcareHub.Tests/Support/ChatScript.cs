using WebcareHub.Channels;
using WebcareHub.Conversations;
using WebcareHub.Handoff;

namespace WebcareHub.Tests.Support;

/// <summary>Short ways to talk to the bot in dialog tests: say something and read what it answered.</summary>
public static class ChatScript
{
    public static async Task<List<Activity>> RepliesAsync(this DirectLineTestClient client, Session session, string text, string? locale = null)
    {
        var id = await client.SayAsync(session, text, locale);
        return await client.RepliesToAsync(session, id);
    }

    /// <summary>The bot's messages that answer the customer's activity <paramref name="id"/>.</summary>
    public static async Task<List<Activity>> RepliesToAsync(this DirectLineTestClient client, Session session, string id) =>
        (await client.GetActivitiesAsync(session)).Activities.Where(a => a.ReplyToId == id && a.Type == "message").ToList();

    public static async Task<string?> LastReplyAsync(this DirectLineTestClient client, Session session, string text) =>
        (await client.RepliesAsync(session, text))[^1].Text;

    /// <summary>Out of hours: asks for a person, answers "nee" to being called, and leaves <paramref name="text"/> as a message.</summary>
    public static async Task LeaveMessageAsync(this DirectLineTestClient client, Session session, string text)
    {
        await client.SayAsync(session, "Met een medewerker praten");
        await client.RepliesAsync(session, "nee");
        await client.RepliesAsync(session, text);
    }

    /// <summary>Out of hours: asks for a person, says "ja" to being called, and answers when with <paramref name="when"/>; the bot's replies to that.</summary>
    public static async Task<List<Activity>> AskToBeCalledAsync(this DirectLineTestClient client, Session session, string when)
    {
        await client.SayAsync(session, "Met een medewerker praten");
        await client.SayAsync(session, "ja");
        return await client.RepliesAsync(session, when);
    }

    /// <summary>
    /// A guest's request for a person left in the queue an hour ago, when people were still in (tests that close the test
    /// day seed it, as no turn can queue a chat then).
    /// </summary>
    public static Task<HandoffRequest> SeedQueuedBeforeClosingAsync(this WebcareAppFactory app, Session session,
        HandoffUrgency urgency = HandoffUrgency.Normal, string? details = null) =>
        app.SeedAsync(new HandoffRequest
        {
            ConversationKey = ConversationKey.DirectLine(session.ConversationId), Reason = Handoffs.HumanRequest, Urgency = urgency,
            Status = HandoffStatus.Waiting, Language = "nl", RequestedAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(-1), Details = details,
        });

    /// <summary>A new conversation that opened with <paramref name="opening"/> and gave the seeded invoice number.</summary>
    public static async Task<(DirectLineTestClient Client, Session Session)> OpenWithInvoiceAsync(this WebcareAppFactory app, string opening)
    {
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, opening);
        await client.SayAsync(session, "F2026-00012");
        return (client, session);
    }
}
