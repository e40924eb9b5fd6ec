namespace Outreach.Campaigns.Import;

/// <summary>Why a row was not imported: its line in the file, the file column (if one is to blame) and the reason.</summary>
public sealed record RowError(int Line, string? Column, string Reason);
