namespace Outreach.Dialer.Retries;

/// <summary>Why an attempt may be tried again (C4).</summary>
public enum RetryCause
{
    Busy,
    NoAnswer,
    Machine,
    /// <summary>The agent set a callback at a time the subscriber chose.</summary>
    Callback,
    /// <summary>A live answer no agent took in time.</summary>
    Abandoned,
    /// <summary>Congestion or a network failure: not the subscriber's doing.</summary>
    NetworkFailure,
}
