using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Tests.Planted;

/// <summary>
/// A base where 6% call Ukraine and most of them send many SMS; every other column is independent.
/// </summary>
internal static class PlantedAssociation
{
    public static FeatureTable Create(int rows, int seed)
    {
        var random = new Random(seed);
        var callsUkraine = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.06).ToArray();
        return new TableBuilder(rows)
            .Number("intl_calls_ua", r => callsUkraine[r] ? 3 + random.Next(20) : 0)
            .Number("intl_calls_pl", _ => random.NextDouble() < 0.08 ? 1 + random.Next(10) : 0)
            .Number("sms_per_month", r => random.NextDouble() < (callsUkraine[r] ? 0.85 : 0.15)
                ? Gaussian.Next(random, 300, 40)
                : Gaussian.Next(random, 40, 15))
            .Number("calls_per_month", _ => Gaussian.Next(random, 100, 30))
            .Number("data_mb_per_month", _ => random.NextDouble() < 0.1 ? double.NaN : Gaussian.Next(random, 3000, 900))
            .Number("balance", _ => Gaussian.Next(random, 40, 15))
            .Text("tariff", _ => random.NextDouble() < 0.4 ? "prepaid" : "postpaid")
            .Text("region", _ => "R" + random.Next(6))
            .Text("products", _ => random.NextDouble() < 0.3 ? "roaming" : null)
            .Build();
    }
}
