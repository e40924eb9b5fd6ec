namespace Outreach.Dialer.Compliance;

/// <summary>Every compliance figure of one campaign against its limit (for M2 reports and audits).</summary>
public sealed record ComplianceReport(long CampaignId, string Profile, DateTimeOffset At, IReadOnlyList<ComplianceFigure> Figures)
{
    /// <summary>True when no figure is over its limit.</summary>
    public bool Compliant => Figures.All(f => f.WithinLimit);

    public IEnumerable<ComplianceFigure> Breaches => Figures.Where(f => !f.WithinLimit);
}
