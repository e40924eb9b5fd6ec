namespace Outreach.Telephony.Sip.Auth;

/// <summary>A user name and password a client answers digest challenges with.</summary>
public sealed record SipCredentials(string Username, string Password)
{
    /// <summary>Hides the password in logs.</summary>
    public override string ToString() => "SipCredentials { Username = " + Username + " }";
}
