using System.Globalization;
using Outreach.Campaigns.Reports;
using Outreach.Campaigns.Users;
using Outreach.Web.Engine;
using Outreach.Web.Reports;

namespace Outreach.Web.Api;

/// <summary>
/// /api/reports (M2) for managers and administrators, over the departments they see: campaign results with their
/// dispositions, agent efficiency, and both exported as CSV, Excel or HTML. A period is <c>from</c> and <c>to</c>
/// (yyyy-MM-dd, UTC days, both included, at most a year); without them, the last seven days.
/// </summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/reports").RequireAuthorization(Role.Manager).WithTags("Reports");
        g.MapGet("/campaigns", async Task<IResult> (HttpContext http, ReportService reports, CancellationToken ct) =>
            TryPeriod(http, reports, out var period, out var problem)
                ? (IResult)TypedResults.Ok(await reports.CampaignsAsync(period!, Me(http).DepartmentIds, ct)) : problem!)
            .WithSummary("Campaign results over a period: calls, answers, connects, abandons, talk; and the dispositions given.");
        g.MapGet("/agents", async Task<IResult> (HttpContext http, ReportService reports, CancellationToken ct) =>
            TryPeriod(http, reports, out var period, out var problem)
                ? (IResult)TypedResults.Ok(await reports.AgentsAsync(period!, Me(http).DepartmentIds, ct)) : problem!)
            .WithSummary("Agent efficiency over a period: calls, time in each state, occupancy, average handling time.");
        g.MapGet("/{name}/export", ExportAsync)
            .WithSummary("A report (campaigns or agents) as a file: format=csv, xlsx or html.");
    }

    private static async Task<IResult> ExportAsync(string name, HttpContext http, ReportService reports, CancellationToken ct)
    {
        var format = http.Request.Query["format"].ToString().ToLowerInvariant();
        if (!ReportWriter.Formats.Contains(format))
            return ApiProblems.Invalid("format", $"'format' must be one of {string.Join(", ", ReportWriter.Formats)}; got '{format}'.");
        if (!TryPeriod(http, reports, out var period, out var problem)) return problem!;
        if (await reports.ReportAsync(name, period!, Me(http).DepartmentIds, ct) is not { } report)
            return ApiProblems.NotFound($"Report '{name}'");
        var (content, type, extension) = ReportWriter.Write(report, format);
        return TypedResults.File(content, type, $"{name}-{period!.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.{extension}");
    }

    private static bool TryPeriod(HttpContext http, ReportService reports, out ReportPeriod? period, out IResult? problem)
    {
        (period, problem) = (null, null);
        var fallback = reports.DefaultPeriod();
        if (!TryDate(http, "from", fallback.From, out var from, out problem) || !TryDate(http, "to", fallback.To, out var to, out problem))
            return false;
        var (checkedPeriod, field, message) = ReportPeriod.Check(from, to);
        if (checkedPeriod is null) problem = ApiProblems.Invalid(field!, message!);
        period = checkedPeriod;
        return period is not null;
    }

    private static bool TryDate(HttpContext http, string field, DateOnly fallback, out DateOnly value, out IResult? problem)
    {
        (value, problem) = (fallback, null);
        var text = http.Request.Query[field].ToString();
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return true;
        problem = ApiProblems.Invalid(field, $"'{field}' must be a date as yyyy-MM-dd; got '{text}'.");
        return false;
    }

    private static EngineUser Me(HttpContext http) => EngineUser.From(http.User);
}
