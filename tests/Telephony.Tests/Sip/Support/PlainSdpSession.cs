using System.Globalization;
using System.Text;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Tests.Sip.Support;

/// <summary>A stand-in media side for signalling tests: writes a plain valid SDP with PCMU, PCMA and telephone-event, refuses offers without G.711, holds with sendonly.</summary>
internal sealed class PlainSdpSession(int rtpPort = 40000) : ISessionBody
{
    private int _version;

    public bool Hold { get; set; }

    public List<string> Offers { get; } = [];

    public List<string> Answers { get; } = [];

    public string ContentType => "application/sdp";

    public ReadOnlyMemory<byte> CreateOffer() => Describe("0 8 101");

    public SessionAnswer Answer(ReadOnlyMemory<byte> offer)
    {
        var text = Encoding.UTF8.GetString(offer.Span);
        Offers.Add(text);
        var media = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("m=audio ", StringComparison.Ordinal));
        var formats = media?.Split(' ').Skip(3).ToList() ?? [];
        var common = formats.Where(f => f is "0" or "8").ToList();
        if (common.Count == 0) return SessionAnswer.Refusal;
        var events = formats.Contains("101") ? " 101" : "";
        return SessionAnswer.With(Describe(common[0] + events, text.Contains("a=sendonly") ? "recvonly" : null));
    }

    public bool Accept(ReadOnlyMemory<byte> answer)
    {
        var text = Encoding.UTF8.GetString(answer.Span);
        Answers.Add(text);
        return text.Contains("m=audio", StringComparison.Ordinal);
    }

    private byte[] Describe(string formats, string? direction = null)
    {
        var v = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder()
            .Append("v=0\r\n").Append("o=- 1 ").Append(v).Append(" IN IP4 127.0.0.1\r\n").Append("s=-\r\n")
            .Append("c=IN IP4 127.0.0.1\r\n").Append("t=0 0\r\n")
            .Append("m=audio ").Append(rtpPort.ToString(CultureInfo.InvariantCulture)).Append(" RTP/AVP ").Append(formats).Append("\r\n");
        foreach (var f in formats.Split(' '))
            sb.Append(f switch { "0" => "a=rtpmap:0 PCMU/8000\r\n", "8" => "a=rtpmap:8 PCMA/8000\r\n", _ => "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n" });
        sb.Append("a=ptime:20\r\n").Append("a=").Append(direction ?? (Hold ? "sendonly" : "sendrecv")).Append("\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
