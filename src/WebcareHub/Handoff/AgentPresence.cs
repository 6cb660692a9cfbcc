using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace WebcareHub.Handoff;

/// <summary>
/// Which agents are connected (in this process), away or not, with their connection ids. When an agent's
/// last connection drops, their chats go back to the queue after a grace period unless they return.
/// </summary>
public sealed class AgentPresence(IServiceScopeFactory scopes, TimeProvider clock, IOptions<HandoffOptions> options, ILogger<AgentPresence> logger)
{
    private readonly ConcurrentDictionary<string, Agent> _agents = new();

    public sealed class Agent(string name)
    {
        public string Name { get; } = name;
        public HashSet<string> Connections { get; } = [];
        public bool Away { get; set; }
        public ITimer? Grace { get; set; }
    }

    public void Connected(string userId, string name, string connectionId)
    {
        var agent = _agents.GetOrAdd(userId, _ => new Agent(name));
        lock (agent)
        {
            agent.Connections.Add(connectionId);
            agent.Grace?.Dispose();
            agent.Grace = null;
        }
    }

    public void Disconnected(string userId, string connectionId)
    {
        if (!_agents.TryGetValue(userId, out var agent)) return;
        lock (agent)
        {
            agent.Connections.Remove(connectionId);
            if (agent.Connections.Count > 0) return;
            agent.Grace?.Dispose();
            agent.Grace = clock.CreateTimer(_ => _ = ReleaseIfStillGoneAsync(userId), null,
                TimeSpan.FromSeconds(options.Value.AgentGraceSeconds), Timeout.InfiniteTimeSpan);
        }
    }

    public void SetAway(string userId, bool away)
    {
        if (_agents.TryGetValue(userId, out var agent)) agent.Away = away;
    }

    public bool IsOnline(string userId) => _agents.TryGetValue(userId, out var agent) && agent.Connections.Count > 0;

    public IReadOnlyList<string> ConnectionsOf(string userId)
    {
        if (!_agents.TryGetValue(userId, out var agent)) return [];
        lock (agent) return [.. agent.Connections];
    }

    public IReadOnlyList<(string UserId, string Name, bool Online, bool Away)> Snapshot() =>
        _agents.Select(a => (a.Key, a.Value.Name, a.Value.Connections.Count > 0, a.Value.Away)).ToList();

    private async Task ReleaseIfStillGoneAsync(string userId)
    {
        if (IsOnline(userId)) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<HandoffQueue>().ReleaseAllOfAsync(userId, CancellationToken.None);
        }
        catch (Exception e)
        {
            // A timer callback has no caller to surface to; the chats stay with the agent and show in the overview.
            logger.LogError(e, "Could not give the chats of a disconnected agent back to the queue");
        }
    }
}
