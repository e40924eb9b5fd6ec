namespace Outreach.Dialer.Compliance;

/// <summary>The rule a verdict or report figure is about.</summary>
public enum ComplianceRule
{
    CallerId,
    GlobalDoNotCall,
    CampaignDoNotCall,
    TimeZone,
    CallingHours,
    AttemptsPerDay,
    AttemptsPerWeek,
    AbandonedRedial,
    RingTime,
    AbandonRate,
    AutoPause,
}
