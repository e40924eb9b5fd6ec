using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Engine;

/// <summary>A campaign's compliance report (D5) with how many attempts it rests on, for the empty state.</summary>
public sealed record CampaignCompliance(Campaign Campaign, int Attempts, ComplianceReport Report);

/// <summary>
/// Builds a campaign's compliance report from PostgreSQL: its attempts, the abandon rate windows refilled from the stored
/// live answers (as the campaign grain does), and the jurisdiction profile from its settings, at the engine's time.
/// </summary>
public sealed class CampaignComplianceReports(CampaignRepository campaigns, AttemptRepository attempts, EngineClock clock)
{
    /// <summary>The report, or null when the campaign does not exist.</summary>
    public async Task<CampaignCompliance?> ForAsync(long campaignId, CancellationToken ct)
    {
        if (await campaigns.GetAsync(campaignId, ct) is not { } campaign) return null;
        var settings = await campaigns.GetSettingsAsync(campaignId, ct) ?? new CampaignSettings();
        var setup = CampaignSetup.From(campaign, settings);
        var now = clock.Now;
        var monitor = new AbandonMonitor(setup.Profile);
        monitor.Replay(await attempts.LiveAnswersByMinuteAsync(campaignId, AbandonHistory.Since(setup.Profile, now), ct));
        var placed = (await attempts.ForComplianceAsync(campaignId, ct)).Select(r => Reported(r, settings.DefaultTimeZone)).ToList();
        var report = new ComplianceReportBuilder(campaignId, setup.Profile).Add(placed).Build(monitor.Evaluate(now), setup.NoAnswerTimeout, now);
        return new CampaignCompliance(campaign, placed.Count, report);
    }

    private static ReportedAttempt Reported(ReportedAttemptRow row, string defaultZone) => new()
    {
        SubscriberId = row.SubscriberId,
        Phone = row.Phone,
        TimeZoneId = string.IsNullOrWhiteSpace(row.TimeZone) ? defaultZone : row.TimeZone,
        PlacedAt = new DateTimeOffset(DateTime.SpecifyKind(row.PlacedAt, DateTimeKind.Utc)),
        CallerId = row.CallerId,
        Abandoned = row.Abandoned,
        OnDoNotCall = row.OnDoNotCall,
    };
}
