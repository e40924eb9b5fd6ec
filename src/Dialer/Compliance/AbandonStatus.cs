namespace Outreach.Dialer.Compliance;

/// <summary>A campaign's abandon rate over its rolling period and over the last hour, against the limit; an alert when it must pause.</summary>
public sealed record AbandonStatus(AbandonCounts Rolling, AbandonCounts LastHour, double Limit, bool PauseRequired, string? Alert)
{
    /// <summary>The rolling rate is above the limit: the pacer must slow down.</summary>
    public bool OverLimit => Rolling.Rate > Limit;
}
