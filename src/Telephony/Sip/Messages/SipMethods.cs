namespace Outreach.Telephony.Sip.Messages;

/// <summary>The request methods this stack acts on (RFC 3261 §7.1); methods are case-sensitive tokens and others pass through.</summary>
public static class SipMethods
{
    public const string Invite = "INVITE";
    public const string Ack = "ACK";
    public const string Bye = "BYE";
    public const string Cancel = "CANCEL";
    public const string Options = "OPTIONS";
    public const string Register = "REGISTER";
    public const string Info = "INFO";
    public const string Update = "UPDATE";
    public const string Prack = "PRACK";

    /// <summary>The methods a user agent here answers (the Allow header).</summary>
    public static readonly IReadOnlyList<string> Allowed = [Invite, Ack, Bye, Cancel, Options];
}
