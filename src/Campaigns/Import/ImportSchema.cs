namespace Outreach.Campaigns.Import;

/// <summary>The fields of one kind of import, the table they land in and the key that finds the subscriber.</summary>
public sealed class ImportSchema
{
    private ImportSchema(ImportKind kind, string table, string keyColumn, IReadOnlyList<ImportField> fields)
    {
        Kind = kind;
        Table = table;
        KeyColumn = keyColumn;
        Fields = fields;
    }

    public ImportKind Kind { get; }

    /// <summary>Target table.</summary>
    public string Table { get; }

    /// <summary>Target table's column that holds the subscriber id.</summary>
    public string KeyColumn { get; }

    public IReadOnlyList<ImportField> Fields { get; }

    /// <summary>Fields written to the target table (the facts' external id and phone only find the subscriber).</summary>
    public IEnumerable<ImportField> StoredFields => Kind == ImportKind.Facts ? Fields.Where(f => !f.IsKey) : Fields;

    public int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i].Name == name) return i;
        return -1;
    }

    public static ImportSchema For(ImportKind kind) => kind == ImportKind.Facts ? Facts : Subscribers;

    /// <summary>The subscriber base (S2). Phone is required; external id and phone are the merge keys.</summary>
    public static ImportSchema Subscribers { get; } = new(ImportKind.Subscribers, "subscribers", "id",
    [
        new("external_id", ImportValueKind.Text, IsKey: true),
        new("phone", ImportValueKind.Phone, IsKey: true),
        new("first_name", ImportValueKind.Text, "''"),
        new("last_name", ImportValueKind.Text, "''"),
        new("phone2", ImportValueKind.Phone),
        new("email", ImportValueKind.Email),
        new("sex", ImportValueKind.Sex),
        new("birth_date", ImportValueKind.Date),
        new("region", ImportValueKind.Text),
        new("time_zone", ImportValueKind.Text, "'UTC'"),
        new("language", ImportValueKind.Text, "'en'"),
        new("tariff", ImportValueKind.Text),
        new("products", ImportValueKind.TextList, "'{}'"),
        new("balance", ImportValueKind.Decimal, "0"),
        new("is_prospect", ImportValueKind.Boolean, "false"),
        new("consent_call", ImportValueKind.Boolean, "true"),
        new("consent_sms", ImportValueKind.Boolean, "true"),
        new("consent_email", ImportValueKind.Boolean, "true"),
    ]);

    /// <summary>Behaviour facts (S3), one row per subscriber, found by external id or phone.</summary>
    public static ImportSchema Facts { get; } = new(ImportKind.Facts, "subscriber_facts", "subscriber_id",
    [
        new("external_id", ImportValueKind.Text, IsKey: true),
        new("phone", ImportValueKind.Phone, IsKey: true),
        new("calls_per_month", ImportValueKind.Integer, "0"),
        new("minutes_per_month", ImportValueKind.Decimal, "0"),
        new("intl_calls_per_month", ImportValueKind.Integer, "0"),
        new("sms_per_month", ImportValueKind.Integer, "0"),
        new("data_mb_per_month", ImportValueKind.Integer, "0"),
        new("topups_per_month", ImportValueKind.Integer, "0"),
        new("topup_amount_per_month", ImportValueKind.Decimal, "0"),
        new("arpu", ImportValueKind.Decimal, "0"),
        new("tenure_months", ImportValueKind.Integer, "0"),
        new("last_active_on", ImportValueKind.Date),
        new("interests", ImportValueKind.TextList, "'{}'"),
    ]);
}
