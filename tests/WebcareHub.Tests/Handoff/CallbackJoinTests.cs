using System.Data.Common;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Data;
using WebcareHub.Handoff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

/// <summary>New words of a chat join its open call-back task, but never one an agent closes at that very moment.</summary>
public sealed class CallbackJoinTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-join-").FullName;

    [Fact]
    public async Task WordsArrivingWhileAnAgentClosesTheTask_GoToANewTask_NotTheClosedOne()
    {
        var file = Path.Combine(_folder, "join.db");
        await using var app = new WebcareAppFactory(file);
        var (_, task) = await SeedCallbackAsync(app, "directline:race", CallbackReasons.Message, "ik wil een regeling");

        // The agent's close lands between the bot reading the open task and writing the customer's new words to it.
        var closeFirst = new BeforeFirstUpdateOf("CallbackTasks", $"UPDATE CallbackTasks SET DoneAt = '2026-11-24 09:05:00', Outcome = 'gebeld' WHERE Id = {task.Id}", file);
        var result = await RequestThroughAsync(app, file, closeFirst, CallbackAsk("directline:race", "bel me op 0612345678"));

        Assert.True(closeFirst.Fired);
        Assert.False(result.CallbackNoted);
        var tasks = await app.QueryAsync(d => d.CallbackTasks.AsNoTracking().OrderBy(t => t.Id).ToListAsync());
        Assert.Equal(2, tasks.Count);
        Assert.Equal(("ik wil een regeling", "gebeld"), (tasks[0].Context, tasks[0].Outcome));
        Assert.Equal((null, CallbackReasons.CallbackRequest, "bel me op 0612345678"), (tasks[1].DoneAt, tasks[1].Reason, tasks[1].Context));
    }

    /// <summary>
    /// A chat still in the queue asks to be called just as an agent claims it: the agent keeps it; it does not move to the
    /// call-back list under the agent's hands, and no call-back task is made (review of 44f748c).
    /// </summary>
    [Fact]
    public async Task ACallbackAsk_WhileAnAgentClaimsTheWaitingChat_LeavesItWithTheAgent()
    {
        var file = Path.Combine(_folder, "claim.db");
        await using var app = new WebcareAppFactory(file);
        var request = await app.SeedAsync(new HandoffRequest
        {
            ConversationKey = "directline:claim-race", Reason = Handoffs.HumanRequest, Status = HandoffStatus.Waiting,
            Language = "nl", Details = "ik wil een regeling", RequestedAt = app.Clock.GetUtcNow().UtcDateTime,
        });

        // The claim lands between the bot reading the waiting request and moving it.
        var claimFirst = new BeforeFirstUpdateOf("HandoffRequests",
            $"UPDATE HandoffRequests SET Status = {(int)HandoffStatus.WithAgent}, AgentId = 'agent-1' WHERE Id = {request.Id}", file);
        var result = await RequestThroughAsync(app, file, claimFirst, CallbackAsk("directline:claim-race", "bel me op 0612345678"));

        Assert.True(claimFirst.Fired);
        Assert.Equal((true, (int?)null), (result.AlreadyOpen, result.Place));
        var stored = await app.QueryAsync(d => d.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.WithAgent, "agent-1", "ik wil een regeling\nbel me op 0612345678"), (stored.Status, stored.AgentId, stored.Details));
        Assert.Equal(0, await app.QueryAsync(d => d.CallbackTasks.CountAsync()));
    }

    /// <summary>The agent who claimed the task is about to call: the words join it (the close checks they were read).</summary>
    [Fact]
    public async Task WordsArrivingAfterAnAgentClaimedTheTask_JoinIt_AndItStaysWithThatAgent()
    {
        await using var app = new WebcareAppFactory();
        await SeedCallbackAsync(app, "directline:claimed", CallbackReasons.CallbackRequest, "bel me", claimedBy: "agent-anna");

        var result = await AskToBeCalledAsync(app, "directline:claimed", "liever morgen na 14:00 op 0612345678");

        Assert.True(result.CallbackNoted);
        var task = await app.QueryAsync(d => d.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal(("bel me\nliever morgen na 14:00 op 0612345678", "agent-anna"), (task.Context, task.AssignedTo));
    }

    [Fact]
    public async Task WordsArrivingWhileTheTaskStaysOpen_JoinIt_AndMakeItACallBack()
    {
        await using var app = new WebcareAppFactory();
        var (request, _) = await SeedCallbackAsync(app, "directline:join", CallbackReasons.Message, "ik wil een regeling");

        var result = await AskToBeCalledAsync(app, "directline:join", "bel me op 0612345678");

        // The message's task becomes the call-back; no call was asked for before, so none is "already noted".
        Assert.Equal((request.Id, false), (result.HandoffId, result.CallbackNoted));
        var task = await app.QueryAsync(d => d.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.CallbackRequest, "ik wil een regeling\nbel me op 0612345678"), (task.Reason, task.Context));
    }

    /// <summary>A chat's out-of-hours hand-off and its call-back task, waiting, or claimed by an agent.</summary>
    private static async Task<(HandoffRequest Request, CallbackTask Task)> SeedCallbackAsync(WebcareAppFactory app, string conversationKey,
        string reason, string words, string? claimedBy = null)
    {
        var request = await app.SeedAsync(new HandoffRequest
        {
            ConversationKey = conversationKey, Reason = reason, Status = HandoffStatus.CallbackRequested,
            Language = "nl", Details = words, RequestedAt = app.Clock.GetUtcNow().UtcDateTime,
        });
        var task = await app.SeedAsync(new CallbackTask
        {
            SourceKey = CallbackTask.HandoffKey(request.Id), Reason = reason, Language = "nl", ConversationKey = conversationKey,
            Context = words, DueAt = request.RequestedAt, CreatedAt = request.RequestedAt,
            AssignedTo = claimedBy, AssignedName = claimedBy is null ? null : "Anna", ClaimedAt = claimedBy is null ? null : request.RequestedAt,
        });
        return (request, task);
    }

    /// <summary>Asks for a hand-off through a context of its own on the database <paramref name="file"/>, with <paramref name="interceptor"/>.</summary>
    private static async Task<HandoffResult> RequestThroughAsync(WebcareAppFactory app, string file, BeforeFirstUpdateOf interceptor, HandoffAsk ask)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = new WebcareDbContext(new DbContextOptionsBuilder<WebcareDbContext>()
            .UseSqlite($"Data Source={file}").AddInterceptors(interceptor).Options);
        var handoffs = new Handoffs(db, scope.ServiceProvider.GetRequiredService<HandoffQueue>(), app.Clock,
            scope.ServiceProvider.GetRequiredService<IHubContext<AgentConsoleHub, IAgentConsoleClient>>());
        return await handoffs.RequestAsync(ask, CancellationToken.None);
    }

    private static HandoffAsk CallbackAsk(string conversationKey, string words) =>
        new(conversationKey, "callback", HandoffUrgency.Normal, null, null, false, "nl", words, Callback: true);

    private static async Task<HandoffResult> AskToBeCalledAsync(WebcareAppFactory app, string conversationKey, string words)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Handoffs>().RequestAsync(CallbackAsk(conversationKey, words), CancellationToken.None);
    }

    /// <summary>Runs one statement on its own connection just before the first UPDATE of a table this context sends.</summary>
    private sealed class BeforeFirstUpdateOf(string table, string statement, string file) : DbCommandInterceptor
    {
        public bool Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await FireAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await FireAsync(command, cancellationToken);
            return result;
        }

        private async Task FireAsync(DbCommand command, CancellationToken ct)
        {
            if (Fired || !command.CommandText.Contains($"UPDATE \"{table}\"", StringComparison.Ordinal)) return;
            Fired = true;
            await using var other = new SqliteConnection($"Data Source={file}");
            await other.OpenAsync(ct);
            await using var close = other.CreateCommand();
            close.CommandText = statement;
            await close.ExecuteNonQueryAsync(ct);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
