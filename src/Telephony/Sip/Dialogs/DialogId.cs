namespace Outreach.Telephony.Sip.Dialogs;

/// <summary>A dialog's identity (RFC 3261 §12): Call-ID, local tag and remote tag, as seen from this side.</summary>
public sealed record DialogId(string CallId, string LocalTag, string RemoteTag)
{
    /// <summary>"call-id;local;remote", the key dialogs are stored under.</summary>
    public override string ToString() => CallId + ";" + LocalTag + ";" + RemoteTag;
}
