namespace Outreach.Dialer.Retries;

/// <summary>
/// An attempt that ended with a retryable cause: when it ended, how many retries this cause already had, how many
/// attempts the contact had in all, and the callback when the cause is one.
/// </summary>
public sealed record FinishedAttempt(
    RetryCause Cause, DateTimeOffset EndedAt, int RetriesForCause, int TotalAttempts, CallbackRequest? Callback = null);
