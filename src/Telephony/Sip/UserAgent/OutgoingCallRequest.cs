using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>A call to place: the target, optional credentials for digest challenges, and a ring limit after which the call is cancelled as no answer.</summary>
public sealed record OutgoingCallRequest(SipUri Target)
{
    /// <summary>The caller's user part in From (defaults to the agent's user).</summary>
    public string? FromUser { get; init; }

    /// <summary>Answers 401/407 challenges when set.</summary>
    public SipCredentials? Credentials { get; init; }

    /// <summary>Cancel after this long without an answer (the outcome is no answer); null waits for the network.</summary>
    public TimeSpan? RingTimeout { get; init; }
}
