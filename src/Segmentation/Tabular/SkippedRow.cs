namespace Outreach.Segmentation.Tabular;

/// <summary>A source line that was left out, and why.</summary>
public sealed record SkippedRow(int Line, string Reason);
