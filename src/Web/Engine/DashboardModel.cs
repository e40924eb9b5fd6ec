using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>One agent's line on the dashboard (M1): state and time in it, calls and average times per call today.</summary>
public sealed record AgentLine(int AgentId, string Name, AgentBoard Board)
{
    public string AverageTalk => ElapsedText.Average(Board.Today.Talk, Board.Today.Calls);
    public string AverageWait => ElapsedText.Average(Board.Today.Wait, Board.Today.Calls);
    public string AverageWrapUp => ElapsedText.Average(Board.Today.WrapUp, Board.Today.Calls);
}

/// <summary>
/// What the manager dashboard shows: the latest board of each watched campaign and of each logged-in agent of the
/// manager's departments. Boards arrive pushed, possibly out of order; an older board never replaces a newer one.
/// Not thread-safe: the page applies boards on its renderer's dispatcher.
/// </summary>
public sealed class DashboardModel
{
    private readonly Dictionary<long, CampaignBoard> campaigns = [];
    private readonly Dictionary<int, AgentBoard> agents = [];
    private readonly Dictionary<int, string> agentNames = [];

    public DashboardModel(IEnumerable<CampaignBoard> campaignBoards, IReadOnlyDictionary<int, string> watchedAgents, IEnumerable<AgentBoard> agentBoards)
    {
        foreach (var b in campaignBoards) campaigns[b.CampaignId] = b;
        foreach (var (id, name) in watchedAgents) agentNames[id] = name;
        foreach (var b in agentBoards) Apply(b);
    }

    /// <summary>Running campaigns first, then paused, then the rest; by name within each.</summary>
    public IReadOnlyList<CampaignBoard> Campaigns => campaigns.Values
        .OrderBy(c => StatusOrder(c.Status)).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.CampaignId).ToList();

    /// <summary>Logged-in agents by state (ready, call coming, on call, wrap-up, paused), the longest in their state first.</summary>
    public IReadOnlyList<AgentLine> Agents => agents.Values
        .OrderBy(a => StateOrder(a.State)).ThenBy(a => a.StateSince).ThenBy(a => a.AgentId)
        .Select(a => new AgentLine(a.AgentId, agentNames.GetValueOrDefault(a.AgentId, $"Agent {a.AgentId}"), a)).ToList();

    public bool Watches(long campaignId) => campaigns.ContainsKey(campaignId);

    /// <summary>Starts watching a campaign that became visible after the dashboard opened (created or started elsewhere).</summary>
    public void Watch(CampaignBoard board)
    {
        if (!campaigns.TryGetValue(board.CampaignId, out var current) || current.At <= board.At) campaigns[board.CampaignId] = board;
    }

    /// <summary>Takes a campaign's newer board; false when the campaign is not watched here or the board is older.</summary>
    public bool Apply(CampaignBoard board)
    {
        if (!campaigns.TryGetValue(board.CampaignId, out var current) || current.At > board.At) return false;
        campaigns[board.CampaignId] = board;
        return true;
    }

    /// <summary>Takes an agent's newer board; a logged-out agent leaves the list. False when nothing changed here.</summary>
    public bool Apply(AgentBoard board)
    {
        if (!agentNames.ContainsKey(board.AgentId)) return false;
        if (agents.TryGetValue(board.AgentId, out var current) && current.At > board.At) return false;
        if (AgentStates.Is(board.State, AgentStates.LoggedOut)) return agents.Remove(board.AgentId);
        agents[board.AgentId] = board;
        return true;
    }

    /// <summary>How an abandon rate stands against the target: "ok", "near" (over 80% of it) or "over".</summary>
    public static string AbandonLevel(double rate, decimal target) =>
        rate > (double)target ? "over" : rate > 0.8 * (double)target ? "near" : "ok";

    private static int StatusOrder(string status) => status switch { "running" => 0, "paused" => 1, "scheduled" => 2, "draft" => 3, _ => 4 };

    private static int StateOrder(string state)
    {
        var i = AgentStates.Ordered.ToList().IndexOf(AgentStates.Normalize(state));
        return i < 0 ? AgentStates.Ordered.Count : i;
    }
}
