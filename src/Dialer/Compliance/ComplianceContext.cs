namespace Outreach.Dialer.Compliance;

/// <summary>What the gate checks a candidate against: the moment, the campaign's profile and its do-not-call lists.</summary>
public sealed record ComplianceContext(
    DateTimeOffset Now,
    JurisdictionProfile Profile,
    Func<string, bool> IsOnGlobalDoNotCall,
    Func<string, bool> IsOnCampaignDoNotCall)
{
    /// <summary>A context with no do-not-call entries.</summary>
    public static ComplianceContext WithoutDoNotCall(DateTimeOffset now, JurisdictionProfile profile) =>
        new(now, profile, _ => false, _ => false);
}
