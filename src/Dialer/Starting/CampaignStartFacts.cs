using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Starting;

/// <summary>What is known about a campaign when someone presses start.</summary>
public sealed record CampaignStartFacts
{
    public string Channel { get; init; } = CampaignChannel.AgentCall;

    /// <summary>Contacts left to call (not finished, not on do-not-call).</summary>
    public required int ContactsToCall { get; init; }

    /// <summary>Agents logged in to the campaign.</summary>
    public required int AgentsLoggedIn { get; init; }

    public string? CallerId { get; init; }
    public required JurisdictionProfile Profile { get; init; }

    /// <summary>The distinct IANA zones of the contacts left to call.</summary>
    public IReadOnlyCollection<string> ContactTimeZones { get; init; } = [];

    public TimeSpan NoAnswerTimeout { get; init; } = TimeSpan.FromSeconds(25);
    public required DateTimeOffset Now { get; init; }
}
