namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>Who ended an established call.</summary>
public enum CallEndedBy
{
    Local,
    Remote,
    /// <summary>The peer never acknowledged our 2xx, or stopped answering in-dialog requests.</summary>
    Timeout,
}
