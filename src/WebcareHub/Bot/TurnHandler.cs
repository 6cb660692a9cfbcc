using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Bot.Dialogs;
using WebcareHub.Channels;
using WebcareHub.Data;

namespace WebcareHub.Bot;

/// <summary>
/// The one place where an incoming activity becomes the bot's replies, whatever channel it came on. State is
/// loaded at the start of the turn and saved once at its end.
/// </summary>
public sealed class TurnHandler(
    WebcareDbContext db,
    DialogRunner dialogs,
    TimeProvider clock,
    IOptions<BotOptions> options,
    ILogger<TurnHandler> logger)
{
    public const string WelcomeDialog = "welcome";
    public const string FallbackDialog = "fallback";
    public const string ApologyDialog = "apology";

    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var key = ConversationState.KeyFor(activity.ChannelId ?? "unknown", activity.Conversation?.Id ?? "");
        ConversationState? state = null;
        try
        {
            state = await LoadStateAsync(key, activity, ct);
            switch (activity.Type)
            {
                case ActivityTypes.ConversationUpdate
                    when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
                    await dialogs.RunAsync(turn, state, WelcomeDialog, ct);
                    break;
                case ActivityTypes.Message:
                    await turn.SendAsync(turn.CreateReply(ActivityTypes.Typing, state.Locale), ct);
                    await OnMessageAsync(turn, state, ct);
                    break;
                // Events (handoff.status and page events) and everything else need no answer yet.
            }
            state.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Bot turn failed in conversation {ConversationId}", activity.Conversation?.Id);
            await ApologiseAsync(turn, key, state?.Locale ?? Locales.Normalize(activity.Locale, options.Value.DefaultLocale), ct);
        }
    }

    /// <summary>Says sorry and puts the conversation back at the start, discarding whatever the failed turn changed.</summary>
    private async Task ApologiseAsync(TurnContext turn, string key, string locale, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await dialogs.RunAsync(turn, new ConversationState { Key = key, Locale = locale }, ApologyDialog, ct);
        await db.ConversationStates.Where(s => s.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.DialogId, (string?)null)
            .SetProperty(x => x.StepId, (string?)null)
            .SetProperty(x => x.UpdatedAt, clock.GetUtcNow().UtcDateTime), ct);
    }

    private async Task OnMessageAsync(TurnContext turn, ConversationState state, CancellationToken ct)
    {
        var triggered = dialogs.FindTriggered(turn.Activity.Text, Locales.Language(state.Locale));
        if (triggered is not null)
        {
            state.MisunderstoodInARow = 0;
            await dialogs.RunAsync(turn, state, triggered.Id, ct);
            return;
        }
        state.MisunderstoodInARow++;
        await dialogs.RunAsync(turn, state, FallbackDialog, ct);
    }

    private async Task<ConversationState> LoadStateAsync(string key, Activity activity, CancellationToken ct)
    {
        var state = await db.ConversationStates.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (state is null)
        {
            state = new ConversationState { Key = key, Locale = Locales.Normalize(null, options.Value.DefaultLocale) };
            db.ConversationStates.Add(state);
        }
        if (activity.Locale is not null) state.Locale = Locales.Normalize(activity.Locale, state.Locale);
        return state;
    }
}
