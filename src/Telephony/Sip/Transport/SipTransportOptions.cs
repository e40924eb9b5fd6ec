namespace Outreach.Telephony.Sip.Transport;

/// <summary>Where the transport listens and what it admits. Port 0 picks a free port.</summary>
public sealed record SipTransportOptions
{
    /// <summary>UDP listening address ("127.0.0.1:5060"); null disables UDP.</summary>
    public string? UdpAddress { get; init; } = "127.0.0.1:0";

    /// <summary>TCP listening address; null disables the listener (outgoing TCP still works).</summary>
    public string? TcpAddress { get; init; }

    /// <summary>Largest message accepted, in octets; a larger datagram or stream message is dropped.</summary>
    public int MaxMessageSize { get; init; } = 65_507;

    /// <summary>Steady messages per second admitted from one source address.</summary>
    public double MessagesPerSecondPerSource { get; init; } = 2_000;

    /// <summary>Messages a source may send at once before the steady rate applies.</summary>
    public double BurstPerSource { get; init; } = 4_000;
}
