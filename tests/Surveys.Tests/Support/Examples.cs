using Outreach.Surveys.Json;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Tests.Support;

/// <summary>The sample surveys of docs/examples, copied next to the tests at build time.</summary>
internal static class Examples
{
    public static string CustomerSatisfactionJson() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "survey-customer-satisfaction.json"));

    public static Survey CustomerSatisfaction() => SurveyJson.Import(CustomerSatisfactionJson()).Survey!;

    public static SubscriberProfile Subscriber(int age = 40, string tariff = "Postpaid", decimal balance = 20m) => new(
        new Dictionary<string, string?>
        {
            ["FirstName"] = "Anna",
            ["Age"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Tariff"] = tariff,
            ["Balance"] = balance.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
}
