namespace Outreach.Campaigns.Import;

/// <summary>An opened import file: its header and its data rows as text.</summary>
public interface ITabularSheet : IDisposable
{
    IReadOnlyList<string> Header { get; }

    /// <summary>The data rows; rows the file itself mangles (wrong column count, bad quoting) go to <paramref name="errors"/>.</summary>
    IEnumerable<SourceRow> ReadRows(ICollection<RowError> errors, CancellationToken ct);
}
