namespace Outreach.Campaigns.Import;

/// <summary>What an import did: rows read, inserted, updated, unchanged, merged within the file, and every rejected row.</summary>
public sealed record ImportReport
{
    public required string Source { get; init; }
    public required ImportKind Kind { get; init; }
    public required long RowsRead { get; init; }
    public required long Inserted { get; init; }
    public required long Updated { get; init; }
    public required long Unchanged { get; init; }

    /// <summary>Rows that repeated an earlier row of the file (same external id or phone) and were folded into it.</summary>
    public required long MergedDuplicates { get; init; }

    public required IReadOnlyDictionary<string, string> Mapping { get; init; }
    public required IReadOnlyList<string> IgnoredColumns { get; init; }

    /// <summary>Rejected rows, in line order.</summary>
    public required IReadOnlyList<RowError> Errors { get; init; }
}
