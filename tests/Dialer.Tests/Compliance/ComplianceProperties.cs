using FsCheck;
using FsCheck.Fluent;
using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Tests.Compliance;

/// <summary>Properties of the time arithmetic, run through FsCheck's own runner (FsCheck.Xunit.v3 does not fit our xunit).</summary>
public sealed class ComplianceProperties
{
    private static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Zones = ["Europe/London", "America/New_York", "Europe/Kyiv", "Australia/Sydney", "Asia/Kolkata", "America/Los_Angeles"];

    private static void Holds(int maxTest, Property property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true), property);

    [Fact]
    public void Next_opening_is_never_before_now_is_open_and_is_within_two_days()
    {
        var inputs = from minute in Gen.Choose(0, 365 * 24 * 60)
                     from zone in Gen.Elements(Zones)
                     from from_ in Gen.Choose(0, 95)
                     from to in Gen.Choose(0, 95).Where(t => t != from_)
                     select (Origin.AddMinutes(minute), zone, new CallingWindow(TimeOnly.MinValue.AddMinutes(from_ * 15), TimeOnly.MinValue.AddMinutes(to * 15)));
        Holds(2_000, Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var (now, zoneId, window) = input;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var opening = window.NextOpening(now, zone);
            return opening >= now && window.IsOpen(opening, zone) && opening - now < TimeSpan.FromDays(2);
        }));
    }

    [Fact]
    public void Rolling_window_counts_exactly_the_calls_of_the_buckets_in_its_period()
    {
        var calls = Gen.ListOf(Gen.Zip(Gen.Choose(0, 600), Gen.Elements(true, false)))
            .Select(steps => steps.Aggregate((List<(int Minute, bool Abandoned)>)[], (list, step) =>
            {
                list.Add(((list.Count == 0 ? 0 : list[^1].Minute) + step.Item1, step.Item2));
                return list;
            }));
        Holds(500, Prop.ForAll(calls.ToArbitrary(), Gen.Choose(0, 3_000).ToArbitrary(), (list, after) =>
        {
            var window = new AbandonRateWindow(TimeSpan.FromHours(24), buckets: 24);
            foreach (var (minute, abandoned) in list) window.RecordLiveAnswer(Origin.AddMinutes(minute), abandoned);
            var end = (list.Count == 0 ? 0 : list[^1].Minute) + after;
            var inPeriod = list.Where(c => c.Minute / 60 > end / 60 - 24).ToList();
            return window.CountsAt(Origin.AddMinutes(end)) == new AbandonCounts(inPeriod.Count, inPeriod.Count(c => c.Abandoned));
        }));
    }
}
