namespace Outreach.Campaigns.Subscribers;

/// <summary>Monthly usage aggregates of one subscriber (S3).</summary>
public sealed record SubscriberFacts
{
    public long SubscriberId { get; init; }
    public int CallsPerMonth { get; init; }
    public decimal MinutesPerMonth { get; init; }
    public int IntlCallsPerMonth { get; init; }
    /// <summary>International calls per month by ISO country code, e.g. {"UA": 12}.</summary>
    public IReadOnlyDictionary<string, int> IntlCallsByCountry { get; init; } = new Dictionary<string, int>();
    public int SmsPerMonth { get; init; }
    public int DataMbPerMonth { get; init; }
    public int TopupsPerMonth { get; init; }
    public decimal TopupAmountPerMonth { get; init; }
    public decimal Arpu { get; init; }
    public int TenureMonths { get; init; }
    public DateOnly? LastActiveOn { get; init; }
    public string[] Interests { get; init; } = [];
}
