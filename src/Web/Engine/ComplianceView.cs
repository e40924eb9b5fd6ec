using Outreach.Dialer.Compliance;
using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>One figure of a campaign's compliance report as the API and the page show it.</summary>
public sealed record ComplianceFigureView(string Rule, string Name, double Value, double Limit, bool AtLeast, bool WithinLimit, bool IsRate);

/// <summary>A campaign's compliance report (D5) for the API and the page; <see cref="Attempts"/> 0 is the empty state.</summary>
public sealed record ComplianceView(long CampaignId, string CampaignName, string Status, string Profile, DateTimeOffset At, int Attempts,
    bool Compliant, IReadOnlyList<ComplianceFigureView> Figures)
{
    public static ComplianceView From(CampaignCompliance c) => new(c.Campaign.Id, c.Campaign.Name, c.Campaign.Status, c.Report.Profile,
        c.Report.At, c.Attempts, c.Report.Compliant, c.Report.Figures.Select(Figure).ToList());

    private static ComplianceFigureView Figure(ComplianceFigure f) =>
        new(f.Rule.ToString(), f.Name, f.Value, f.Limit, f.AtLeast, f.WithinLimit, IsRate: f.Rule is ComplianceRule.AbandonRate or ComplianceRule.AutoPause);

    /// <summary>A figure's value or limit in words: rates as percentages, the rest as numbers.</summary>
    public static string Format(ComplianceFigureView f, double value) => f.IsRate ? ElapsedText.Percent(value) : value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
