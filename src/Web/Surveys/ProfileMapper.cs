using System.Globalization;
using Outreach.Campaigns.Subscribers;
using Outreach.Surveys.Model;

namespace Outreach.Web.Surveys;

/// <summary>Fills the survey's personal fields from a subscriber, as invariant text.</summary>
public static class ProfileMapper
{
    public static SubscriberProfile From(Subscriber? s, DateOnly today)
    {
        if (s is null) return SubscriberProfile.Empty;
        var fields = new Dictionary<string, string?>
        {
            ["FirstName"] = s.FirstName, ["LastName"] = s.LastName, ["Sex"] = s.Sex,
            ["Age"] = s.AgeOn(today)?.ToString(CultureInfo.InvariantCulture),
            ["BirthDate"] = s.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Region"] = s.Region, ["TimeZone"] = s.TimeZone, ["Language"] = s.Language, ["Tariff"] = s.Tariff,
            ["Balance"] = s.Balance.ToString("0.00", CultureInfo.InvariantCulture), ["Phone"] = s.Phone,
            ["Email"] = s.Email, ["Products"] = string.Join(", ", s.Products),
        };
        return new SubscriberProfile(fields);
    }
}
