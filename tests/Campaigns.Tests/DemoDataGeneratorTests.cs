using Outreach.Campaigns.Demo;

namespace Outreach.Campaigns.Tests;

public sealed class DemoDataGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void The_same_seed_gives_the_same_base()
    {
        var a = new DemoDataGenerator(5, Today).Generate(1, 200).Select(s => s.Subscriber).ToList();
        var b = new DemoDataGenerator(5, Today).Generate(1, 200).Select(s => s.Subscriber).ToList();
        Assert.Equal(a.Select(s => (s.FirstName, s.Phone, s.Tariff, s.Balance)), b.Select(s => (s.FirstName, s.Phone, s.Tariff, s.Balance)));
    }

    [Fact]
    public void Phones_are_unique_and_e164()
    {
        var phones = new DemoDataGenerator(1, Today).Generate(1, 20_000).Select(s => s.Subscriber.Phone).ToList();
        Assert.Equal(phones.Count, phones.Distinct().Count());
        Assert.All(phones, p => Assert.Matches(@"^\+1[2-9]\d{2}[2-9]\d{6}$", p));
    }

    [Fact]
    public void Attributes_are_correlated_as_in_a_real_base()
    {
        var people = new DemoDataGenerator(3, Today).Generate(1, 20_000).Where(s => s.Facts is not null).ToList();
        double MeanData(Func<int, bool> ageFilter) =>
            people.Where(p => ageFilter(p.Subscriber.AgeOn(Today)!.Value)).Average(p => p.Facts!.DataMbPerMonth);
        Assert.True(MeanData(a => a < 30) > 2 * MeanData(a => a > 60), "the young use far more data");

        var ukraine = people.Where(p => p.Facts!.IntlCallsByCountry.ContainsKey("UA")).Average(p => p.Facts!.SmsPerMonth);
        var others = people.Where(p => !p.Facts!.IntlCallsByCountry.ContainsKey("UA")).Average(p => p.Facts!.SmsPerMonth);
        Assert.True(ukraine > 2 * others, "people who call Ukraine send many SMS");

        Assert.Contains(people, p => p.Subscriber.Balance < 0);
        Assert.All(people.Where(p => p.Subscriber.Tariff!.StartsWith("Prepaid")), p => Assert.True(p.Subscriber.Balance >= 0));
    }

    [Fact]
    public void First_names_match_the_recorded_sex()
    {
        var people = new DemoDataGenerator(4, Today).Generate(1, 5_000).Select(s => s.Subscriber).ToList();
        var male = people.Where(p => p.Sex == "M").Select(p => p.FirstName).ToHashSet();
        var female = people.Where(p => p.Sex == "F").Select(p => p.FirstName).ToHashSet();
        Assert.True(male.Intersect(female).Count() < 0.05 * Math.Min(male.Count, female.Count));
    }

    [Fact]
    public void About_one_in_twenty_is_a_prospect_without_facts()
    {
        var all = new DemoDataGenerator(9, Today).Generate(1, 10_000).ToList();
        var prospects = all.Count(s => s.Subscriber.IsProspect);
        Assert.InRange(prospects, 350, 650);
        Assert.All(all.Where(s => s.Subscriber.IsProspect), s => Assert.Null(s.Facts));
    }
}
