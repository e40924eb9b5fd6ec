using System.Text;
using BenchmarkDotNet.Attributes;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Benchmarks.Sip;

/// <summary>Parser and writer throughput on a typical INVITE with SDP and its 200 OK (messages/s = 1 / mean).</summary>
[MemoryDiagnoser]
public class SipParserBenchmarks
{
    private const string Sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=ptime:20\r\na=sendrecv\r\n";

    private static readonly byte[] Invite = Encoding.ASCII.GetBytes(
        "INVITE sip:5551234@198.51.100.7:5060 SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 192.0.2.10:5070;branch=z9hG4bK776asdhds;rport\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: \"Outreach\" <sip:dialer@192.0.2.10>;tag=1928301774\r\n" +
        "To: <sip:5551234@198.51.100.7>\r\n" +
        "Call-ID: a84b4c76e66710@192.0.2.10\r\n" +
        "CSeq: 314159 INVITE\r\n" +
        "Contact: <sip:dialer@192.0.2.10:5070>\r\n" +
        "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n" +
        "User-Agent: Outreach\r\n" +
        "Content-Type: application/sdp\r\n" +
        "Content-Length: " + Sdp.Length + "\r\n\r\n" + Sdp);

    private static readonly byte[] Ok = Encoding.ASCII.GetBytes(
        "SIP/2.0 200 OK\r\n" +
        "Via: SIP/2.0/UDP 192.0.2.10:5070;branch=z9hG4bK776asdhds;rport=5070;received=192.0.2.10\r\n" +
        "From: \"Outreach\" <sip:dialer@192.0.2.10>;tag=1928301774\r\n" +
        "To: <sip:5551234@198.51.100.7>;tag=a6c85cf\r\n" +
        "Call-ID: a84b4c76e66710@192.0.2.10\r\n" +
        "CSeq: 314159 INVITE\r\n" +
        "Contact: <sip:5551234@198.51.100.7:5060>\r\n" +
        "Record-Route: <sip:proxy.example.net;lr>\r\n" +
        "Content-Type: application/sdp\r\n" +
        "Content-Length: " + Sdp.Length + "\r\n\r\n" + Sdp);

    private readonly SipMessage _parsedInvite = SipMessageParser.Parse(Invite).Message!;

    /// <summary>Parse a typical INVITE.</summary>
    [Benchmark]
    public SipParseResult ParseInvite() => SipMessageParser.Parse(Invite);

    /// <summary>Parse a typical 200 OK.</summary>
    [Benchmark]
    public SipParseResult ParseOk() => SipMessageParser.Parse(Ok);

    /// <summary>Write the INVITE back to octets.</summary>
    [Benchmark]
    public byte[] WriteInvite() => SipMessageWriter.Write(_parsedInvite);
}
