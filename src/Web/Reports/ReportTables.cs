using Outreach.Campaigns.Reports;

namespace Outreach.Web.Reports;

/// <summary>The M2 reports as tables: the same columns on screen and in CSV, Excel and HTML.</summary>
public static class ReportTables
{
    private static ReportColumn Text(string title) => new(title, ReportColumnKind.Text);
    private static ReportColumn Count(string title) => new(title, ReportColumnKind.Count);
    private static ReportColumn Percent(string title) => new(title, ReportColumnKind.Percent);
    private static ReportColumn Seconds(string title) => new(title, ReportColumnKind.Seconds);

    public static readonly IReadOnlyList<ReportColumn> CampaignColumns =
    [
        Text("Campaign"), Text("Department"), Text("Status"), Text("Mode"), Count("Calls placed"), Count("Live answers"),
        Percent("Answer rate"), Count("Machines"), Count("Busy"), Count("No answer"), Count("Failed"), Count("Connected"),
        Count("Abandoned"), Percent("Abandon rate"), Count("Subscribers reached"), Seconds("Talk"), Seconds("Average talk"),
        Seconds("Wrap-up"),
    ];

    public static readonly IReadOnlyList<ReportColumn> DispositionColumns = [Text("Campaign"), Text("Disposition"), Count("Calls")];

    public static readonly IReadOnlyList<ReportColumn> AgentColumns =
    [
        Text("Agent"), Text("User name"), Text("Department"), Count("Calls"), Seconds("Logged in"), Seconds("Talk"),
        Seconds("Wrap-up"), Seconds("Waiting"), Seconds("Paused"), Percent("Occupancy"), Seconds("Average handling"),
    ];

    public static Report Campaigns(ReportPeriod period, IReadOnlyList<CampaignResultRow> rows, IReadOnlyList<DispositionCount> dispositions) =>
        new("Campaign results", period.ToString(),
        [
            new ReportTable("Campaign results", CampaignColumns, rows.Select(r => (IReadOnlyList<object>)
            [
                r.Name, r.Department, r.Status, r.DialingMode, r.Placed, r.HumanAnswers, r.AnswerRate, r.Machines, r.Busy,
                r.NoAnswer, r.Failed, r.Connected, r.Abandoned, r.AbandonRate, r.SubscribersReached, r.TalkSeconds,
                r.AverageTalkSeconds, r.WrapUpSeconds,
            ]).ToList()),
            new ReportTable("Dispositions", DispositionColumns,
                dispositions.Select(d => (IReadOnlyList<object>)[d.CampaignName, d.Code, d.Calls]).ToList()),
        ]);

    public static Report Agents(ReportPeriod period, IReadOnlyList<AgentEfficiencyRow> rows) =>
        new("Agent efficiency", period.ToString(),
        [
            new ReportTable("Agent efficiency", AgentColumns, rows.Select(r => (IReadOnlyList<object>)
            [
                r.Name, r.UserName, r.Department, r.Calls, r.LoggedInSeconds, r.TalkSeconds, r.WrapUpSeconds, r.WaitSeconds,
                r.PausedSeconds, r.Occupancy, r.AverageHandleSeconds,
            ]).ToList()),
        ]);
}
