namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>How the setup of an outgoing call ended: the network outcome, the final status and reason, the peer's answer body and how long setup took.</summary>
public sealed record CallSetup(NetworkOutcome Outcome, int StatusCode, string Reason, ReadOnlyMemory<byte> RemoteBody, TimeSpan SetupTime)
{
    /// <summary>True when the call was answered.</summary>
    public bool Answered => Outcome == NetworkOutcome.Answered;
}
