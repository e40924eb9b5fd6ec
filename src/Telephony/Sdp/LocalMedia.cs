namespace Outreach.Telephony.Sdp;

/// <summary>What we offer or accept: our RTP address and port, codecs in order of preference, DTMF and ptime.</summary>
public sealed record LocalMedia
{
    public required string Address { get; init; }

    public required int Port { get; init; }

    /// <summary>Audio codecs we can send and receive, first preferred when we offer.</summary>
    public ValueList<PayloadFormat> Codecs { get; init; } = ValueList.Of(PayloadFormat.Pcmu, PayloadFormat.Pcma);

    /// <summary>The payload type we offer telephone-event on; null offers no RFC 4733 events.</summary>
    public int? TelephoneEventPayloadType { get; init; } = 101;

    public int PtimeMs { get; init; } = 20;

    public string Username { get; init; } = "outreach";

    public string SessionName { get; init; } = "Outreach";

    public string AddressType => Address.Contains(':') ? "IP6" : "IP4";
}
