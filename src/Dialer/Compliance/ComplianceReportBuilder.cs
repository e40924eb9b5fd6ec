namespace Outreach.Dialer.Compliance;

/// <summary>Builds a campaign's <see cref="ComplianceReport"/> from its placed attempts and its abandon counts.</summary>
public sealed class ComplianceReportBuilder(long campaignId, JurisdictionProfile profile)
{
    private readonly List<ReportedAttempt> attempts = [];

    public ComplianceReportBuilder Add(IEnumerable<ReportedAttempt> placed)
    {
        attempts.AddRange(placed);
        return this;
    }

    public ComplianceReport Build(AbandonStatus abandon, TimeSpan noAnswerTimeout, DateTimeOffset at)
    {
        var bySubscriber = attempts.GroupBy(a => a.SubscriberId).Select(g => g.Select(a => a.PlacedAt).Order().ToList()).ToList();
        List<ComplianceFigure> figures =
        [
            new(ComplianceRule.AbandonRate, $"Abandon rate over {Describe(profile.AbandonRatePeriod)}", abandon.Rolling.Rate, profile.MaxAbandonRate),
            new(ComplianceRule.AutoPause, "Abandon rate over the last hour", abandon.LastHour.Rate, profile.AutoPauseRate),
            new(ComplianceRule.AttemptsPerDay, "Most attempts to one subscriber in 24 hours",
                bySubscriber.Select(t => MostInAnyPeriod(t, TimeSpan.FromDays(1))).DefaultIfEmpty(0).Max(), profile.MaxAttemptsPerDay),
            new(ComplianceRule.AttemptsPerWeek, "Most attempts to one subscriber in 7 days",
                bySubscriber.Select(t => MostInAnyPeriod(t, TimeSpan.FromDays(7))).DefaultIfEmpty(0).Max(), profile.MaxAttemptsPerWeek),
            new(ComplianceRule.CallerId, "Calls without caller id",
                profile.CallerIdRequired ? attempts.Count(a => string.IsNullOrWhiteSpace(a.CallerId)) : 0, 0),
            new(ComplianceRule.CallingHours, "Calls outside calling hours", attempts.Count(OutsideHours), 0),
            new(ComplianceRule.GlobalDoNotCall, "Calls to do-not-call numbers", attempts.Count(a => a.OnDoNotCall), 0),
            new(ComplianceRule.RingTime, "No-answer ring time (seconds)", noAnswerTimeout.TotalSeconds, profile.MinRingTime.TotalSeconds, AtLeast: true),
        ];
        if (profile.AbandonedRedialBlock is { } block)
            figures.Add(new(ComplianceRule.AbandonedRedial,
                $"Abandoned numbers redialled within {block.TotalHours:0} hours without an agent", EarlyRedials(block), 0));
        return new ComplianceReport(campaignId, profile.Name, at, figures);
    }

    private bool OutsideHours(ReportedAttempt attempt) =>
        TimeZones.Find(attempt.TimeZoneId) is not { } zone || !profile.CallingHours.IsOpen(attempt.PlacedAt, zone);

    private int EarlyRedials(TimeSpan block) => attempts
        .GroupBy(a => a.Phone)
        .Sum(g =>
        {
            var ordered = g.OrderBy(a => a.PlacedAt).ToList();
            return ordered.Skip(1).Where((a, i) => !a.AgentReserved && ordered.Take(i + 1)
                .Any(p => p.Abandoned && a.PlacedAt - p.PlacedAt < block)).Count();
        });

    /// <summary>The most attempts inside any window of the given length, by a sliding window over sorted times.</summary>
    internal static int MostInAnyPeriod(IReadOnlyList<DateTimeOffset> sorted, TimeSpan period)
    {
        var most = 0;
        for (int start = 0, end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= period) start++;
            most = Math.Max(most, end - start + 1);
        }
        return most;
    }

    private static string Describe(TimeSpan period) =>
        period.TotalDays >= 2 ? $"{period.TotalDays:0} days" : $"{period.TotalHours:0} hours";
}
