using System.Collections.Concurrent;

namespace WebcareHub.Handoff;

/// <summary>
/// Which agents are connected (in this process), away or not, with their connection ids, and since when an
/// agent is gone. An agent this process never saw counts as gone since it started, so chats held before a
/// restart, or handed to a colleague who never connects, go back to the queue too (<see cref="AbsentAgentSweep"/>).
/// </summary>
public sealed class AgentPresence(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Agent> _agents = new();
    private readonly DateTime _startedAt = clock.GetUtcNow().UtcDateTime;

    public sealed class Agent(string name)
    {
        public string Name { get; } = name;
        public HashSet<string> Connections { get; } = [];
        public bool Away { get; set; }
        public DateTime? GoneAt { get; set; }
    }

    public void Connected(string userId, string name, string connectionId)
    {
        var agent = _agents.GetOrAdd(userId, _ => new Agent(name));
        lock (agent)
        {
            agent.Connections.Add(connectionId);
            agent.GoneAt = null;
        }
    }

    public void Disconnected(string userId, string connectionId)
    {
        if (!_agents.TryGetValue(userId, out var agent)) return;
        lock (agent)
        {
            agent.Connections.Remove(connectionId);
            if (agent.Connections.Count == 0) agent.GoneAt = clock.GetUtcNow().UtcDateTime;
        }
    }

    public void SetAway(string userId, bool away)
    {
        if (_agents.TryGetValue(userId, out var agent)) agent.Away = away;
    }

    public bool IsOnline(string userId) => _agents.TryGetValue(userId, out var agent) && agent.Connections.Count > 0;

    /// <summary>True when the agent marked themselves away (they take no new chats).</summary>
    public bool IsAway(string userId) => _agents.TryGetValue(userId, out var agent) && agent.Away;

    /// <summary>True when the agent has had no connection since <paramref name="moment"/> (or before).</summary>
    public bool IsGoneSince(string userId, DateTime moment)
    {
        if (!_agents.TryGetValue(userId, out var agent)) return _startedAt <= moment;
        lock (agent) return agent.Connections.Count == 0 && (agent.GoneAt ?? _startedAt) <= moment;
    }

    public IReadOnlyList<string> ConnectionsOf(string userId)
    {
        if (!_agents.TryGetValue(userId, out var agent)) return [];
        lock (agent) return [.. agent.Connections];
    }

    public IReadOnlyList<(string UserId, string Name, bool Online, bool Away)> Snapshot() =>
        _agents.Select(a => (a.Key, a.Value.Name, a.Value.Connections.Count > 0, a.Value.Away)).ToList();
}
