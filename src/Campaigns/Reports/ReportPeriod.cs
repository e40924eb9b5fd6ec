namespace Outreach.Campaigns.Reports;

/// <summary>
/// The days a report covers, in UTC: from the start of <see cref="From"/> to the end of <see cref="To"/>. At most
/// <see cref="MaxDays"/> days, so one request cannot scan years of attempts.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period, or the field at fault and why (from after to, longer than a year).</summary>
    public static (ReportPeriod? Period, string? Field, string? Problem) Check(DateOnly from, DateOnly to)
    {
        if (from > to) return (null, "from", "The period starts after it ends.");
        var period = new ReportPeriod(from, to);
        return period.Days > MaxDays
            ? (null, "to", $"A report covers at most {MaxDays} days; this period has {period.Days}.")
            : (period, null, null);
    }

    /// <summary>The last <paramref name="days"/> days up to and including <paramref name="today"/>.</summary>
    public static ReportPeriod Last(int days, DateOnly today) => new(today.AddDays(1 - days), today);

    public override string ToString() => From == To ? $"{From:yyyy-MM-dd}" : $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
