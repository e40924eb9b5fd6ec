namespace Outreach.Campaigns.Dialling;

/// <summary>An attempt row this caller inserted, so this caller alone may dial it.</summary>
public sealed record ClaimedAttempt(long Id, long EntryId, int AttemptNumber);
