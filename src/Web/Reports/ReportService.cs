using Outreach.Campaigns.Reports;

namespace Outreach.Web.Reports;

/// <summary>The manager's reports (M2) for the departments they see: campaign results and agent efficiency over a period.</summary>
public sealed class ReportService(ReportRepository reports, TimeProvider clock)
{
    public const int DefaultDays = 7;

    /// <summary>The last seven days, today included (UTC).</summary>
    public ReportPeriod DefaultPeriod() => ReportPeriod.Last(DefaultDays, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public async Task<CampaignReport> CampaignsAsync(ReportPeriod period, IReadOnlyList<int>? departmentIds, CancellationToken ct) =>
        new(period, await reports.CampaignResultsAsync(period, departmentIds, ct), await reports.DispositionsAsync(period, departmentIds, ct));

    public Task<IReadOnlyList<AgentEfficiencyRow>> AgentsAsync(ReportPeriod period, IReadOnlyList<int>? departmentIds, CancellationToken ct) =>
        reports.AgentEfficiencyAsync(period, departmentIds, ct);

    /// <summary>"campaigns" or "agents" as a report ready to write; null for another name.</summary>
    public async Task<Report?> ReportAsync(string name, ReportPeriod period, IReadOnlyList<int>? departmentIds, CancellationToken ct)
    {
        switch (name)
        {
            case "campaigns":
                var campaigns = await CampaignsAsync(period, departmentIds, ct);
                return ReportTables.Campaigns(period, campaigns.Campaigns, campaigns.Dispositions);
            case "agents":
                return ReportTables.Agents(period, await AgentsAsync(period, departmentIds, ct));
            default:
                return null;
        }
    }
}

/// <summary>Campaign results with the dispositions given in the same period.</summary>
public sealed record CampaignReport(ReportPeriod Period, IReadOnlyList<CampaignResultRow> Campaigns, IReadOnlyList<DispositionCount> Dispositions);
