namespace Outreach.Dialer.Routing;

/// <summary>
/// Hands live answers to agents (D4): the longest-idle ready agent of the call's campaign gets it; an agent
/// free for several waiting campaigns takes the call of the campaign it serves with the highest priority
/// (then the call closest to its connect limit). By skill: a call that asks for one (the subscriber's language) goes
/// first to the longest-idle free agent who has it, and only when none is free to any free agent, so a skill never
/// costs an abandon. Calls past their limit are returned as abandoned.
/// Not thread-safe: one grain owns a router for a pool of agents.
/// </summary>
public sealed class AgentRouter
{
    private readonly Dictionary<int, RoutedAgent> agents = [];
    private readonly List<WaitingCall> waiting = [];
    private readonly Dictionary<string, AgentReservation> reservations = [];

    /// <summary>Calls waiting for an agent.</summary>
    public int WaitingCalls => waiting.Count;

    /// <summary>The nearest connect limit among the waiting calls: the owner routes again then, to abandon on time.</summary>
    public DateTimeOffset? EarliestConnectBy => waiting.Count == 0 ? null : waiting.Min(w => w.ConnectBy);

    /// <summary>Sets the campaigns an agent serves, with their priorities.</summary>
    public void Assign(int agentId, IEnumerable<CampaignAssignment> campaigns) =>
        Agent(agentId).Priorities = campaigns.ToDictionary(c => c.CampaignId, c => c.Priority);

    /// <summary>The agent's skills (languages and the like), matched to the calls' <see cref="WaitingCall.Skill"/>.</summary>
    public void SetSkills(int agentId, IEnumerable<string> skills) => Agent(agentId).Skills = skills.ToHashSet(StringComparer.Ordinal);

    /// <summary>The agent waits for a call since <paramref name="idleSince"/>; a repeat keeps the earlier time.</summary>
    public void Ready(int agentId, DateTimeOffset idleSince)
    {
        var agent = Agent(agentId);
        agent.ReadySince ??= idleSince;
    }

    /// <summary>The agent takes no new call (paused, on a call, logged out); a reservation it holds stays until confirmed or released.</summary>
    public void NotReady(int agentId)
    {
        if (agents.TryGetValue(agentId, out var agent) && agent.ReservedCallId is null) agent.ReadySince = null;
    }

    /// <summary>A live answer asks for an agent.</summary>
    public void Offer(WaitingCall call)
    {
        if (!reservations.ContainsKey(call.CallId) && waiting.All(w => w.CallId != call.CallId)) waiting.Add(call);
    }

    /// <summary>The subscriber hung up while waiting; false when the call was not waiting.</summary>
    public bool Withdraw(string callId) => waiting.RemoveAll(w => w.CallId == callId) > 0;

    /// <summary>Abandons calls at or past their limit, then reserves agents for the rest, longest-idle agent first.</summary>
    public RoutingResult Route(DateTimeOffset now)
    {
        var abandoned = waiting.Where(w => now >= w.ConnectBy).ToList();
        waiting.RemoveAll(w => now >= w.ConnectBy);
        var reserved = new List<AgentReservation>();
        // First each free agent takes a call it has the skill for; then what is left goes to whoever is still free.
        foreach (var bySkill in (ReadOnlySpan<bool>)[true, false])
            foreach (var (agentId, agent) in FreeAgentsLongestIdleFirst())
            {
                if (waiting.Count == 0) break;
                if (BestCallFor(agent, bySkill) is not { } call) continue;
                waiting.Remove(call);
                agent.ReservedCallId = call.CallId;
                var reservation = new AgentReservation(call.CallId, call.CampaignId, agentId);
                reservations.Add(call.CallId, reservation);
                reserved.Add(reservation);
            }
        return abandoned.Count == 0 && reserved.Count == 0 ? RoutingResult.Nothing : new RoutingResult(reserved, abandoned);
    }

    /// <summary>The reserved call was bridged: the agent is busy until it is ready again.</summary>
    public void Connected(string callId)
    {
        if (!reservations.Remove(callId, out var reservation)) return;
        var agent = agents[reservation.AgentId];
        agent.ReservedCallId = null;
        agent.ReadySince = null;
    }

    /// <summary>The reserved call never reached the agent: the agent is free again, keeping its place in the idle order.</summary>
    public void Release(string callId)
    {
        if (!reservations.Remove(callId, out var reservation)) return;
        agents[reservation.AgentId].ReservedCallId = null;
    }

    /// <summary>Ready, unreserved agents serving the campaign.</summary>
    public int ReadyAgents(long campaignId) =>
        agents.Values.Count(a => a.IsFree && a.Priorities.ContainsKey(campaignId));

    /// <summary>The reservation the agent holds, if any.</summary>
    public AgentReservation? ReservationOf(int agentId) =>
        reservations.Values.FirstOrDefault(r => r.AgentId == agentId);

    private IEnumerable<(int AgentId, RoutedAgent Agent)> FreeAgentsLongestIdleFirst() => agents
        .Where(a => a.Value.IsFree)
        .OrderBy(a => a.Value.ReadySince).ThenBy(a => a.Key)
        .Select(a => (a.Key, a.Value))
        .ToList();

    private WaitingCall? BestCallFor(RoutedAgent agent, bool bySkill) => waiting
        .Where(w => agent.Priorities.ContainsKey(w.CampaignId) && (!bySkill || w.Skill is null || agent.Skills.Contains(w.Skill)))
        .OrderByDescending(w => agent.Priorities[w.CampaignId])
        .ThenBy(w => w.ConnectBy)
        .FirstOrDefault();

    private RoutedAgent Agent(int agentId)
    {
        if (!agents.TryGetValue(agentId, out var agent)) agents[agentId] = agent = new RoutedAgent();
        return agent;
    }

    private sealed class RoutedAgent
    {
        public Dictionary<long, int> Priorities { get; set; } = [];
        public DateTimeOffset? ReadySince { get; set; }
        public string? ReservedCallId { get; set; }
        public HashSet<string> Skills { get; set; } = [];
        public bool IsFree => ReadySince is not null && ReservedCallId is null;
    }
}
