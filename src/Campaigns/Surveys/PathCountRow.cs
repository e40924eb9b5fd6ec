namespace Outreach.Campaigns.Surveys;

/// <summary>How many walks took one path (steps answered, in order) and ended with one status.</summary>
public sealed record PathCountRow(string Path, string Status, long Count);
