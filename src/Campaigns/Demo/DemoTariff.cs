namespace Outreach.Campaigns.Demo;

/// <summary>The demo operator's tariff plans and what a typical holder spends and uses.</summary>
internal sealed record DemoTariff(string Name, bool Prepaid, decimal MonthlyFee, int DataMbTypical, int MinutesTypical)
{
    public static readonly IReadOnlyList<DemoTariff> All =
    [
        new("Prepaid Basic", true, 10m, 1_500, 120),
        new("Prepaid Plus", true, 20m, 6_000, 250),
        new("Smart 20", false, 35m, 20_000, 400),
        new("Unlimited", false, 60m, 60_000, 600),
        new("Family", false, 80m, 30_000, 700),
        new("Business Pro", false, 90m, 25_000, 1_400),
    ];
}
