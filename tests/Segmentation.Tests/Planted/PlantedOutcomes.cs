using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Tests.Planted;

/// <summary>
/// Past campaign outcomes where acceptance depends on data use and tariff (plus noise); the other
/// columns are unrelated. A few labels are blank.
/// </summary>
internal static class PlantedOutcomes
{
    public static FeatureTable Create(int rows, int seed)
    {
        var random = new Random(seed);
        var data = Enumerable.Range(0, rows).Select(_ => Gaussian.Next(random, 3000, 1000)).ToArray();
        var prepaid = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.5).ToArray();
        var accepted = Enumerable.Range(0, rows).Select(r =>
        {
            var score = (2.2 * (data[r] - 3000) / 1000) + (prepaid[r] ? 1.5 : -1.5) - 0.5;
            return random.NextDouble() < 1 / (1 + Math.Exp(-score));
        }).ToArray();
        return new TableBuilder(rows)
            .Number("subscriber_id", r => 1000 + r)
            .Number("data_mb_per_month", r => r % 50 == 0 ? double.NaN : data[r])
            .Text("tariff", r => prepaid[r] ? "prepaid" : "postpaid")
            .Number("age", _ => Gaussian.Next(random, 40, 12))
            .Number("balance", _ => Gaussian.Next(random, 40, 15))
            .Text("region", _ => "R" + random.Next(8))
            .Text("accepted", r => r % 333 == 0 ? null : accepted[r] ? "yes" : "no")
            .Build();
    }
}
