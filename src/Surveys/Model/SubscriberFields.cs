namespace Outreach.Surveys.Model;

/// <summary>The subscriber field names scripts may use by default; the validator rejects others unless told.</summary>
public static class SubscriberFields
{
    /// <summary>Fields of the subscriber card (PRODUCT.md S1) that make sense in a script.</summary>
    public static IReadOnlySet<string> Standard { get; } = new HashSet<string>(
        ["FirstName", "LastName", "Sex", "Age", "BirthDate", "Region", "TimeZone", "Language",
         "Tariff", "Balance", "Phone", "Email", "Products"],
        StringComparer.OrdinalIgnoreCase);
}
