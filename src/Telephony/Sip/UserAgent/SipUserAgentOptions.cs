using Outreach.Telephony.Sip.Transactions;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>How a user agent is set up: where it listens, its identity, timers, limits and the media side's factory.</summary>
public sealed record SipUserAgentOptions
{
    /// <summary>Listening addresses and admission limits.</summary>
    public SipTransportOptions Transport { get; init; } = new();

    /// <summary>T1, T2, T4.</summary>
    public SipTimerOptions Timers { get; init; } = new();

    /// <summary>User part of From and Contact.</summary>
    public string User { get; init; } = "outreach";

    /// <summary>User-Agent and Server header value.</summary>
    public string Product { get; init; } = "Outreach";

    /// <summary>Incoming calls (ringing or answered) beyond this get 503 with Retry-After.</summary>
    public int MaxIncomingCalls { get; init; } = 1_000;

    /// <summary>Retry-After seconds on a 503.</summary>
    public int RetryAfterSeconds { get; init; } = 5;

    /// <summary>Send every out-of-dialog request to this proxy ("host:port") instead of the target's host.</summary>
    public string? OutboundProxy { get; init; }

    /// <summary>Seed for tags, branches and Call-IDs (null: a random seed).</summary>
    public int? Seed { get; init; }
}
