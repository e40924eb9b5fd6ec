using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;
using Outreach.Telephony;

namespace Outreach.Dialer.Starting;

/// <summary>
/// Says, in words a marketer can act on, why a campaign cannot start: no contacts, no agents, no caller id,
/// outside calling hours for every contact, a ring time or profile the rules forbid. Empty means it can start.
/// </summary>
public static class CampaignStartCheck
{
    public static IReadOnlyList<StartProblem> Check(CampaignStartFacts facts)
    {
        var problems = new List<StartProblem>();
        var calls = facts.Channel is CampaignChannel.AgentCall or CampaignChannel.VoiceMessage;
        if (facts.ContactsToCall <= 0)
            problems.Add(new("contactList", "The campaign has no contacts to call: attach a contact list with at least one subscriber who is not on a do-not-call list."));
        if (facts.Channel == CampaignChannel.AgentCall && facts.AgentsLoggedIn <= 0)
            problems.Add(new("agents", "No agent is logged in to this campaign: agent calls cannot start until at least one agent logs in."));
        if (calls) AddCallProblems(facts, problems);
        problems.AddRange(facts.Profile.Problems().Select(p => new StartProblem("jurisdiction", p)));
        if (facts.ContactsToCall > 0 && Hours(facts) is { } hours) problems.Add(hours);
        return problems;
    }

    private static void AddCallProblems(CampaignStartFacts facts, List<StartProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(facts.CallerId))
        {
            if (facts.Profile.CallerIdRequired) problems.Add(new("callerId", "Set a caller id: every call must show the number it comes from."));
        }
        else if (!E164.IsValid(facts.CallerId))
        {
            problems.Add(new("callerId", $"Caller id '{facts.CallerId}' is not a phone number in international form, e.g. +442071234567."));
        }
        if (ComplianceGate.CheckRingTime(facts.NoAnswerTimeout, facts.Profile) is { Allowed: false, Reason: { } reason })
            problems.Add(new("noAnswerTimeout", reason));
    }

    private static StartProblem? Hours(CampaignStartFacts facts)
    {
        var zones = facts.ContactTimeZones.Select(TimeZones.Find).OfType<TimeZoneInfo>().ToList();
        if (zones.Count == 0) return null;
        var window = facts.Profile.CallingHours;
        if (zones.Any(z => window.IsOpen(facts.Now, z))) return null;
        var first = zones.Min(z => window.NextOpening(facts.Now, z));
        return new("callingHours",
            $"It is outside calling hours ({window} local time) for every contact; the first can be called at {first.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
    }
}
