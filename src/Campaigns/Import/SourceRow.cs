namespace Outreach.Campaigns.Import;

/// <summary>One data row of a file as text, with the line it starts on (the header is line 1).</summary>
public sealed record SourceRow(int Line, IReadOnlyList<string?> Cells);
