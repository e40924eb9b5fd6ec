namespace Outreach.Segmentation.Rules;

/// <summary>Field definitions for the subscriber card and its behaviour facts, matching the schema.</summary>
internal static class SubscriberFields
{
    public static IReadOnlyList<FieldDefinition> All { get; } =
    [
        Card("externalId", "External id", FieldType.Text, "external_id"),
        Card("isProspect", "Prospect (not yet a subscriber)", FieldType.Boolean, "is_prospect"),
        Card("firstName", "First name", FieldType.Text, "first_name"),
        Card("lastName", "Last name", FieldType.Text, "last_name"),
        Card("phone", "Phone", FieldType.Text, "phone"),
        Card("email", "Email", FieldType.Text, "email"),
        Card("sex", "Sex", FieldType.Text, "sex"),
        Card("birthDate", "Birth date", FieldType.Date, "birth_date"),
        new("age", "Age", FieldType.Number, "age", "extract(year from age(s.birth_date))"),
        Card("region", "Region", FieldType.Text, "region"),
        Card("timeZone", "Time zone", FieldType.Text, "time_zone"),
        Card("language", "Language", FieldType.Text, "language"),
        Card("tariff", "Tariff plan", FieldType.Text, "tariff"),
        Card("products", "Products held", FieldType.TextArray, "products"),
        Card("balance", "Balance", FieldType.Number, "balance"),
        Card("consentCall", "Consent to calls", FieldType.Boolean, "consent_call"),
        Card("consentSms", "Consent to SMS", FieldType.Boolean, "consent_sms"),
        Card("consentEmail", "Consent to email", FieldType.Boolean, "consent_email"),
        Card("createdAt", "Created", FieldType.Date, "created_at"),
        Fact("callsPerMonth", "Calls per month", FieldType.Number, "calls_per_month"),
        Fact("minutesPerMonth", "Minutes per month", FieldType.Number, "minutes_per_month"),
        Fact("intlCallsPerMonth", "International calls per month", FieldType.Number, "intl_calls_per_month"),
        new(FieldCatalog.CountryCallsPrefix, "International calls to a country per month",
            FieldType.CountryCalls, "intl_calls_by_country", "f.intl_calls_by_country"),
        Fact("smsPerMonth", "SMS per month", FieldType.Number, "sms_per_month"),
        Fact("dataMbPerMonth", "Data MB per month", FieldType.Number, "data_mb_per_month"),
        Fact("topupsPerMonth", "Top-ups per month", FieldType.Number, "topups_per_month"),
        Fact("topupAmountPerMonth", "Top-up amount per month", FieldType.Number, "topup_amount_per_month"),
        Fact("arpu", "ARPU", FieldType.Number, "arpu"),
        Fact("tenureMonths", "Tenure (months)", FieldType.Number, "tenure_months"),
        Fact("lastActiveOn", "Last active on", FieldType.Date, "last_active_on"),
        Fact("interests", "Asked about before", FieldType.TextArray, "interests"),
        // T2: the subscriber's segment in the latest ML clustering run (1 = largest); blank until one ran.
        new("cluster", "ML segment", FieldType.Number, "cluster", "sc.cluster"),
    ];

    private static FieldDefinition Card(string name, string display, FieldType type, string column) =>
        new(name, display, type, column, "s." + column);

    private static FieldDefinition Fact(string name, string display, FieldType type, string column) =>
        new(name, display, type, column, "f." + column);
}
