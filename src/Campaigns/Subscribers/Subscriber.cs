namespace Outreach.Campaigns.Subscribers;

/// <summary>The identity and account part of a subscriber card (S1); prospects (S5) are flagged.</summary>
public sealed record Subscriber
{
    public long Id { get; init; }
    public string? ExternalId { get; init; }
    public bool IsProspect { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public required string Phone { get; init; }
    public string? Phone2 { get; init; }
    public string? Email { get; init; }
    public string? Sex { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Region { get; init; }
    public string TimeZone { get; init; } = "UTC";
    public string Language { get; init; } = "en";
    public string? Tariff { get; init; }
    public string[] Products { get; init; } = [];
    public decimal Balance { get; init; }
    public bool ConsentCall { get; init; } = true;
    public bool ConsentSms { get; init; } = true;
    public bool ConsentEmail { get; init; } = true;

    public string FullName => $"{FirstName} {LastName}".Trim();

    /// <summary>Age in whole years on the given day, or null when the birth date is unknown.</summary>
    public int? AgeOn(DateOnly day)
    {
        if (BirthDate is not { } born) return null;
        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }
}
