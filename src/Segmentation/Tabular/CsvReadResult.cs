namespace Outreach.Segmentation.Tabular;

/// <summary>The rows of a CSV that parsed, and the lines that did not.</summary>
public sealed record CsvReadResult(FeatureTable Table, IReadOnlyList<SkippedRow> SkippedRows);
