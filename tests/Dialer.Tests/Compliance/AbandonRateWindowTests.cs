using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Tests.Compliance;

public sealed class AbandonRateWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rate_is_abandoned_over_live_answers_in_the_period()
    {
        var window = new AbandonRateWindow(TimeSpan.FromHours(24));
        for (var i = 0; i < 97; i++) window.RecordLiveAnswer(T0.AddMinutes(i), abandoned: false);
        for (var i = 0; i < 3; i++) window.RecordLiveAnswer(T0.AddMinutes(i), abandoned: true);

        var counts = window.CountsAt(T0.AddHours(2));
        Assert.Equal((100, 3), (counts.LiveAnswers, counts.Abandoned));
        Assert.Equal(0.03, counts.Rate, 6);
    }

    [Fact]
    public void Calls_older_than_the_period_drop_out()
    {
        var window = new AbandonRateWindow(TimeSpan.FromHours(24));
        window.RecordLiveAnswer(T0, abandoned: true);
        window.RecordLiveAnswer(T0.AddHours(12), abandoned: false);

        Assert.Equal(new AbandonCounts(2, 1), window.CountsAt(T0.AddHours(23)));
        Assert.Equal(new AbandonCounts(1, 0), window.CountsAt(T0.AddHours(25)));
        Assert.Equal(new AbandonCounts(0, 0), window.CountsAt(T0.AddDays(40)));
    }

    [Fact]
    public void Late_record_counts_while_its_time_is_in_the_period_and_is_ignored_after()
    {
        var window = new AbandonRateWindow(TimeSpan.FromHours(1), buckets: 60);
        window.CountsAt(T0.AddMinutes(90));
        window.RecordLiveAnswer(T0.AddMinutes(80), abandoned: true);
        window.RecordLiveAnswer(T0.AddMinutes(10), abandoned: true);

        Assert.Equal(new AbandonCounts(1, 1), window.CountsAt(T0.AddMinutes(90)));
    }

    [Fact]
    public void Million_calls_over_30_days_keep_exact_totals_in_fixed_buckets()
    {
        var window = new AbandonRateWindow(TimeSpan.FromDays(30), buckets: 720);
        for (var i = 0; i < 1_000_000; i++) window.RecordLiveAnswer(T0.AddSeconds(i * 2), abandoned: i % 50 == 0);

        var counts = window.CountsAt(T0.AddSeconds(2_000_000));
        Assert.Equal(1_000_000, counts.LiveAnswers);
        Assert.Equal(0.02, counts.Rate, 6);
    }
}
