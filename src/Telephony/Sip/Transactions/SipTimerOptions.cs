namespace Outreach.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17 timer base values; the lettered timers derive from them (table 4). Defaults are the RFC's.</summary>
public sealed record SipTimerOptions
{
    /// <summary>RTT estimate: first retransmission interval (500 ms).</summary>
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest retransmission interval for non-INVITE requests and INVITE responses (4 s).</summary>
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Longest time a message stays in the network (5 s).</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timer B, F, H, J and L: 64·T1.</summary>
    public TimeSpan TransactionTimeout => T1 * 64;

    /// <summary>Timer D for unreliable transports (32 s).</summary>
    public TimeSpan TimerD { get; init; } = TimeSpan.FromSeconds(32);
}
