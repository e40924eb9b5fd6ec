using System.Globalization;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>What requests and responses share: headers, a body of raw octets and typed views of the headers every message has.</summary>
public abstract record SipMessage(SipHeaders Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>The Call-ID.</summary>
    public string CallId => Headers.Get(SipHeaderNames.CallId) ?? "";

    /// <summary>The CSeq (validated by the parser; built messages always carry one).</summary>
    public CSeq CSeq => Messages.CSeq.Parse(Headers.Get(SipHeaderNames.CSeq) ?? "", out _) ?? new CSeq(0, "");

    /// <summary>The From header.</summary>
    public NameAddress From => Address(SipHeaderNames.From);

    /// <summary>The To header.</summary>
    public NameAddress To => Address(SipHeaderNames.To);

    /// <summary>Every Via value, top first.</summary>
    public IReadOnlyList<Via> Vias => Headers.Lines(SipHeaderNames.Via).SelectMany(v => Via.ParseAll(v, out _) ?? []).ToList();

    /// <summary>The top Via (the one this element's transaction is keyed on).</summary>
    public Via? TopVia => Headers.Get(SipHeaderNames.Via) is { } v ? Via.ParseAll(v, out _)?.FirstOrDefault() : null;

    /// <summary>The Contact addresses (none for "*").</summary>
    public IReadOnlyList<NameAddress> Contacts => AddressList(SipHeaderNames.Contact);

    /// <summary>The Record-Route addresses in order.</summary>
    public IReadOnlyList<NameAddress> RecordRoutes => AddressList(SipHeaderNames.RecordRoute);

    /// <summary>The media type of the body ("application/sdp"), lower-case, without parameters; null without Content-Type.</summary>
    public string? ContentType => Headers.Get(SipHeaderNames.ContentType) is { } t ? SipText.TrimLws(t.Split(';')[0]).ToLowerInvariant() : null;

    /// <summary>A numeric header such as Expires or Max-Forwards; null when absent or not a number.</summary>
    public long? Number(string header) =>
        Headers.Get(header) is { } v && long.TryParse(v.Split([' ', ';', '('])[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private NameAddress Address(string header) =>
        NameAddress.Parse(Headers.Get(header) ?? "", out _) ?? new NameAddress(null, SipUri.ForSip(null, "invalid"), SipParameters.Empty);

    private List<NameAddress> AddressList(string header) =>
        Headers.Values(header).Where(v => v != "*").Select(v => NameAddress.Parse(v, out _)).OfType<NameAddress>().ToList();
}
