namespace Outreach.Segmentation.Rules;

/// <summary>The fixed list of fields rules may use; the only source of column names in compiled SQL.</summary>
public sealed class FieldCatalog
{
    /// <summary>Prefix of the per-country field: <c>intlCallsTo:UA</c>.</summary>
    public const string CountryCallsPrefix = "intlCallsTo";

    private readonly Dictionary<string, FieldDefinition> byName;

    /// <summary>Creates a catalog over the given fields (tests and future schemas).</summary>
    public FieldCatalog(IEnumerable<FieldDefinition> fields)
    {
        Fields = fields.ToArray();
        byName = new Dictionary<string, FieldDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in Fields)
        {
            byName[field.Name] = field;
            byName.TryAdd(field.Column, field);
        }
    }

    /// <summary>The catalog over the <c>subscribers</c> (s) and <c>subscriber_facts</c> (f) tables.</summary>
    public static FieldCatalog Default { get; } = new(SubscriberFields.All);

    /// <summary>Every field, in the order the rule builder shows them.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>
    /// Finds a field by rule name or column name. For <c>intlCallsTo:XX</c> returns the country
    /// field and the country code in <paramref name="argument"/>.
    /// </summary>
    public bool TryGet(string name, out FieldDefinition field, out string? argument)
    {
        argument = null;
        var colon = name.IndexOf(':');
        var key = colon < 0 ? name : name[..colon];
        if (!byName.TryGetValue(key, out field!))
            return false;
        if (field.Type != FieldType.CountryCalls)
            return colon < 0;
        argument = colon < 0 ? null : name[(colon + 1)..];
        return true;
    }
}
