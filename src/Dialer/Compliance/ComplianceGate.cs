namespace Outreach.Dialer.Compliance;

/// <summary>
/// Decides whether one attempt may be dialled now under the campaign's jurisdiction profile (D5).
/// Rules run from the ones waiting cannot fix (caller id, do-not-call) to the ones it can (hours, attempt
/// counts, the abandoned-redial block), which come with the time to try again. Pure and thread-safe.
/// </summary>
public static class ComplianceGate
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1), Week = TimeSpan.FromDays(7);

    public static Verdict Check(AttemptCandidate candidate, ComplianceContext context)
    {
        var profile = context.Profile;
        if (profile.CallerIdRequired && string.IsNullOrWhiteSpace(candidate.CallerId))
            return Verdict.Deny(ComplianceRule.CallerId, $"Campaign {candidate.CampaignId} has no caller id; every call must show one.");
        if (context.IsOnGlobalDoNotCall(candidate.Phone))
            return Verdict.Deny(ComplianceRule.GlobalDoNotCall, $"{candidate.Phone} is on the global do-not-call list.");
        if (context.IsOnCampaignDoNotCall(candidate.Phone))
            return Verdict.Deny(ComplianceRule.CampaignDoNotCall, $"{candidate.Phone} is on this campaign's do-not-call list.");
        return CheckHours(candidate, context)
            ?? CheckAttempts(candidate, context.Now, Day, profile.MaxAttemptsPerDay, ComplianceRule.AttemptsPerDay, "24 hours")
            ?? CheckAttempts(candidate, context.Now, Week, profile.MaxAttemptsPerWeek, ComplianceRule.AttemptsPerWeek, "7 days")
            ?? CheckAbandonedRedial(candidate, context)
            ?? Verdict.Allow;
    }

    /// <summary>Refuses a no-answer timeout shorter than the profile's minimum ring time.</summary>
    public static Verdict CheckRingTime(TimeSpan noAnswerTimeout, JurisdictionProfile profile) =>
        noAnswerTimeout >= profile.MinRingTime
            ? Verdict.Allow
            : Verdict.Deny(ComplianceRule.RingTime,
                $"Calls must ring at least {profile.MinRingTime.TotalSeconds:0} s before no answer; {noAnswerTimeout.TotalSeconds:0.#} s is too short.");

    private static Verdict? CheckHours(AttemptCandidate candidate, ComplianceContext context)
    {
        if (TimeZones.Find(candidate.TimeZoneId) is not { } zone)
            return Verdict.Deny(ComplianceRule.TimeZone,
                $"Subscriber {candidate.SubscriberId} has an unknown time zone '{candidate.TimeZoneId}', so calling hours cannot be checked.");
        var hours = context.Profile.CallingHours;
        if (hours.IsOpen(context.Now, zone)) return null;
        var local = TimeZoneInfo.ConvertTime(context.Now, zone);
        return Verdict.Deny(ComplianceRule.CallingHours,
            $"It is {local:HH:mm} in {zone.Id}; calling hours are {hours}.", hours.NextOpening(context.Now, zone));
    }

    private static Verdict? CheckAttempts(
        AttemptCandidate candidate, DateTimeOffset now, TimeSpan period, int max, ComplianceRule rule, string periodName)
    {
        var count = 0;
        foreach (var attempt in candidate.History) if (attempt.At > now - period && attempt.At <= now) count++;
        if (count < max) return null;
        var inPeriod = candidate.History.Where(a => a.At > now - period && a.At <= now).Select(a => a.At).Order().ToList();
        // The oldest attempts must leave the period until one fewer than the maximum remains.
        var retryAfter = inPeriod[inPeriod.Count - max] + period;
        return Verdict.Deny(rule, $"Subscriber {candidate.SubscriberId} was called {inPeriod.Count} times in {periodName} (at most {max}).", retryAfter);
    }

    private static Verdict? CheckAbandonedRedial(AttemptCandidate candidate, ComplianceContext context)
    {
        if (context.Profile.AbandonedRedialBlock is not { } block || candidate.AgentReserved) return null;
        DateTimeOffset? lastAbandoned = null;
        foreach (var attempt in candidate.History)
            if (attempt.Abandoned && attempt.At > context.Now - block && (lastAbandoned is null || attempt.At > lastAbandoned)) lastAbandoned = attempt.At;
        if (lastAbandoned is null) return null;
        return Verdict.Deny(ComplianceRule.AbandonedRedial,
            $"A call to {candidate.Phone} was abandoned at {lastAbandoned:u}; it may not be redialled within {block.TotalHours:0} hours unless an agent is reserved for it.",
            lastAbandoned + block);
    }
}
