using System.Globalization;
using Outreach.Campaigns.Subscribers;
using Outreach.Surveys.Model;
using Outreach.Surveys.Templates;

namespace Outreach.Web.CampaignSetup;

/// <summary>The personal fields a message template may use ({first_name}, {tariff}, {balance}…), filled from the subscriber card (C2).</summary>
public static class MessageFields
{
    public static readonly IReadOnlyList<string> Names =
        ["first_name", "last_name", "full_name", "phone", "email", "region", "tariff", "balance", "age", "language", "products"];

    private static readonly HashSet<string> Known = new(Names, StringComparer.OrdinalIgnoreCase);

    /// <summary>The placeholders of the text that name no field, in order, once each.</summary>
    public static IReadOnlyList<string> Unknown(string? text) =>
        TemplateRenderer.Placeholders(text ?? "").Select(p => p.Field).Where(f => !Known.Contains(f)).Distinct().ToList();

    /// <summary>The text with the subscriber's fields filled in; unknown placeholders stay as written and are listed.</summary>
    public static RenderedText Render(string? text, Subscriber subscriber, DateOnly today) =>
        TemplateRenderer.Render(text ?? "", Profile(subscriber, today), RenderMode.PlainText);

    private static SubscriberProfile Profile(Subscriber s, DateOnly today) => new(new Dictionary<string, string?>
    {
        ["first_name"] = s.FirstName, ["last_name"] = s.LastName, ["full_name"] = s.FullName, ["phone"] = s.Phone,
        ["email"] = s.Email, ["region"] = s.Region, ["tariff"] = s.Tariff,
        ["balance"] = s.Balance.ToString("0.00", CultureInfo.InvariantCulture),
        ["age"] = s.AgeOn(today)?.ToString(CultureInfo.InvariantCulture), ["language"] = s.Language,
        ["products"] = string.Join(", ", s.Products),
    });
}
