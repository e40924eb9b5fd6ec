namespace Outreach.Campaigns.Import;

/// <summary>Where an import is: the stage ("read", "load", "merge", "done") and the rows handled so far.</summary>
public sealed record ImportProgress(string Stage, long Rows);
