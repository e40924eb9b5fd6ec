namespace Outreach.Campaigns.Import;

/// <summary>What to import: the source name (mappings are saved under it), the kind, an explicit mapping, who asks.</summary>
public sealed record ImportRequest
{
    public required string Source { get; init; }
    public ImportKind Kind { get; init; } = ImportKind.Subscribers;

    /// <summary>Null: the mapping saved for the source, else columns named like fields.</summary>
    public ColumnMapping? Mapping { get; init; }

    /// <summary>Region for phone numbers written without a country code (ISO 3166 two letters).</summary>
    public string DefaultRegion { get; init; } = "US";

    public required string Actor { get; init; }
}
