namespace Outreach.Telephony.Sip.Transactions;

/// <summary>The states of the four transaction machines (RFC 3261 §17, with RFC 6026's Accepted for INVITE).</summary>
public enum TransactionState
{
    Calling,
    Trying,
    Proceeding,
    Accepted,
    Completed,
    Confirmed,
    Terminated,
}
