namespace Outreach.Cli.Commands;

/// <summary>What `outreach import` was given.</summary>
internal sealed record ImportArguments(string File, string? MappingFile, string Region, string? Source, bool Facts, string? ConnectionString);
