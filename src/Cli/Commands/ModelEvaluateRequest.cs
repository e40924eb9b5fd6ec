namespace Outreach.Cli.Commands;

/// <summary>Arguments of `outreach model evaluate`.</summary>
internal sealed record ModelEvaluateRequest(string Csv, string Label, string? Id, string? Positive);
