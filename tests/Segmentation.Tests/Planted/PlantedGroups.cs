using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Tests.Planted;

/// <summary>A base with four planted behaviour groups, some blanks and three noise columns.</summary>
internal static class PlantedGroups
{
    public const int Groups = 4;

    // Per group: age, data MB, balance, calls, SMS (means); prepaid share.
    private static readonly double[][] Means =
    [
        [23, 8000, 5, 60, 40, 0.9],
        [62, 400, 90, 50, 20, 0.1],
        [42, 2000, 40, 320, 30, 0.5],
        [33, 1500, 30, 70, 420, 0.5],
    ];

    private static readonly double[] Spreads = [3, 900, 6, 25, 35];

    public static (FeatureTable Table, int[] Truth) Create(int rows, int seed)
    {
        var random = new Random(seed);
        var truth = Enumerable.Range(0, rows).Select(_ => random.Next(Groups)).ToArray();
        double Draw(int r, int feature) => Gaussian.Next(random, Means[truth[r]][feature], Spreads[feature]);
        var table = new TableBuilder(rows)
            .Number("id", r => r + 1)
            .Number("age", r => Draw(r, 0))
            .Number("data_mb_per_month", r => Draw(r, 1))
            .Number("balance", r => r % 97 == 0 ? double.NaN : Draw(r, 2))
            .Number("calls_per_month", r => Draw(r, 3))
            .Number("sms_per_month", r => Draw(r, 4))
            .Text("tariff", r => random.NextDouble() < Means[truth[r]][5] ? "prepaid" : "postpaid")
            .Number("noise_a", _ => Gaussian.Next(random, 0, 1))
            .Number("noise_b", _ => Gaussian.Next(random, 10, 3))
            .Text("first_name", r => "name" + r)
            .Build();
        return (table, truth);
    }
}
