using Bogus;
using Outreach.Campaigns.Subscribers;

namespace Outreach.Campaigns.Demo;

/// <summary>
/// Seeded generator of a telecom operator's base with correlated attributes: the young hold
/// prepaid and data-heavy plans, business plans talk more, postpaid balances can be negative,
/// and people who call Ukraine often send many SMS (a pattern for the segmentation features to find).
/// Pure: the same seed gives the same base.
/// </summary>
public sealed class DemoDataGenerator(int seed, DateOnly today)
{
    private static readonly string[] Interests = ["roaming", "5G", "new phone", "family plan", "home internet", "tv", "insurance", "cloud storage"];
    private static readonly string[] Countries = ["MX", "IN", "UA", "PL", "PH", "CN", "DE"];

    /// <summary>Subscribers with ids <paramref name="firstId"/> onwards; ids also make the phones unique.</summary>
    public IEnumerable<DemoSubscriber> Generate(long firstId, int count)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        for (var i = 0; i < count; i++)
            yield return Next(faker, firstId + i);
    }

    private DemoSubscriber Next(Faker f, long id)
    {
        var region = Pick(f, DemoRegion.All, r => r.Weight);
        var male = f.Random.Bool();
        var age = (int)Math.Clamp(Math.Round(f.Random.Double() * f.Random.Double() * 60 + 18 + f.Random.Double() * 10), 18, 88);
        var tariff = PickTariff(f, age);
        var prospect = f.Random.Double() < 0.05;
        var first = f.PickRandom(male ? DemoNames.Male : DemoNames.Female);
        var last = f.Name.LastName();
        var subscriber = new Subscriber
        {
            Id = id,
            ExternalId = $"CUST-{id:D8}",
            IsProspect = prospect,
            FirstName = first,
            LastName = last,
            Phone = Phone(region.AreaCode, id),
            Email = f.Random.Double() < 0.8 ? f.Internet.Email(first, last).ToLowerInvariant() : null,
            Sex = male ? "M" : "F",
            BirthDate = today.AddYears(-age).AddDays(-f.Random.Int(0, 364)),
            Region = region.Name,
            TimeZone = region.TimeZone,
            Language = f.Random.Double() < 0.82 ? "en" : "es",
            Tariff = prospect ? null : tariff.Name,
            Products = prospect ? [] : Products(f, tariff),
            Balance = prospect ? 0 : Balance(f, tariff),
            ConsentCall = f.Random.Double() < 0.95,
            ConsentSms = f.Random.Double() < 0.9,
            ConsentEmail = f.Random.Double() < 0.85,
        };
        return new DemoSubscriber(subscriber, prospect ? null : Facts(f, id, age, tariff));
    }

    private static DemoTariff PickTariff(Faker f, int age) =>
        Pick(f, DemoTariff.All, t => (t.Name, age) switch
        {
            ("Prepaid Basic", _) => age > 65 ? 3.0 : 1.0,
            ("Prepaid Plus", < 30) => 3.0,
            ("Unlimited", < 35) => 3.0,
            ("Family", >= 30 and < 55) => 2.5,
            ("Business Pro", >= 28 and < 60) => 1.2,
            _ => 1.0,
        });

    private SubscriberFacts Facts(Faker f, long id, int age, DemoTariff tariff)
    {
        var youth = Math.Clamp((60 - age) / 40.0, 0, 1);
        var callsUkraine = f.Random.Double() < 0.07;
        var intl = IntlCalls(f, callsUkraine);
        var minutes = tariff.MinutesTypical * (0.5 + f.Random.Double()) * (1.2 - youth * 0.4);
        return new SubscriberFacts
        {
            SubscriberId = id,
            CallsPerMonth = (int)(minutes / (2.5 + f.Random.Double() * 2)),
            MinutesPerMonth = Math.Round((decimal)minutes, 1),
            IntlCallsPerMonth = intl.Values.Sum(),
            IntlCallsByCountry = intl,
            SmsPerMonth = (int)(20 + youth * 150 * f.Random.Double() + (callsUkraine ? 180 + f.Random.Int(0, 120) : 0)),
            DataMbPerMonth = (int)(tariff.DataMbTypical * (0.3 + youth) * (0.6 + f.Random.Double() * 0.8)),
            TopupsPerMonth = tariff.Prepaid ? f.Random.Int(1, 5) : 0,
            TopupAmountPerMonth = tariff.Prepaid ? Math.Round(tariff.MonthlyFee * (decimal)(0.8 + f.Random.Double()), 2) : 0,
            Arpu = Math.Round(tariff.MonthlyFee * (decimal)(0.9 + f.Random.Double() * 0.4), 2),
            TenureMonths = f.Random.Int(1, Math.Max(2, (age - 16) * 12 / 3)),
            LastActiveOn = today.AddDays(-(int)Math.Floor(Math.Pow(f.Random.Double(), 4) * 120)),
            Interests = f.Random.ArrayElements(Interests, f.Random.Int(0, 3)),
        };
    }

    private static Dictionary<string, int> IntlCalls(Faker f, bool callsUkraine)
    {
        var calls = new Dictionary<string, int>();
        if (callsUkraine) calls["UA"] = f.Random.Int(6, 40);
        if (f.Random.Double() < 0.18) calls[f.PickRandom(Countries)] = f.Random.Int(1, 12);
        return calls;
    }

    private static string[] Products(Faker f, DemoTariff tariff)
    {
        var products = new List<string> { "Mobile" };
        if (!tariff.Prepaid && f.Random.Double() < 0.35) products.Add("Home Internet");
        if (products.Contains("Home Internet") && f.Random.Double() < 0.5) products.Add("TV");
        if (f.Random.Double() < 0.15) products.Add("Roaming Pack");
        if (!tariff.Prepaid && f.Random.Double() < 0.2) products.Add("Device Insurance");
        return [.. products];
    }

    private static decimal Balance(Faker f, DemoTariff tariff) => tariff.Prepaid
        ? Math.Round((decimal)(f.Random.Double() * f.Random.Double() * 40), 2)
        : Math.Round((decimal)(f.Random.Double() < 0.12 ? -f.Random.Double() * 120 : f.Random.Double() * 15), 2);

    // Unique per id below 8 million within an area code; exchange 200–999 keeps the number valid.
    private static string Phone(string areaCode, long id) =>
        $"+1{areaCode}{200 + id / 10_000 % 800:D3}{id % 10_000:D4}";

    private static T Pick<T>(Faker f, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var x = f.Random.Double() * total;
        foreach (var item in items)
        {
            x -= weight(item);
            if (x <= 0) return item;
        }
        return items[^1];
    }
}
