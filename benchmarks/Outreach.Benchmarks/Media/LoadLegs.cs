using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Benchmarks.Media;

/// <summary>Opens many RTP endpoints on loopback and turns them into legs toward given peer ports.</summary>
internal static class LoadLegs
{
    public static List<RtpEndpoint> Open(int count, int portMin, int portMax)
    {
        var ports = new RtpPortRange(portMin, portMax, startAt: Environment.ProcessId);
        var options = new RtpEndpointOptions { PortMin = portMin, PortMax = portMax };
        var endpoints = new List<RtpEndpoint>(count);
        for (var i = 0; i < count; i++)
        {
            endpoints.Add(RtpEndpoint.Open(options, ports, NullLogger<RtpEndpoint>.Instance, TimeProvider.System)
                ?? throw new InvalidOperationException($"no free RTP port pair in {portMin}-{portMax} after {i} endpoints"));
        }
        return endpoints;
    }

    public static MediaLeg Connect(RtpEndpoint endpoint, int peerPort, PayloadFormat codec, Random random) =>
        MediaLegs.Connect(endpoint, new NegotiatedMedia
        {
            RemoteAddress = "127.0.0.1", RemotePort = peerPort, Codec = codec, TelephoneEvent = PayloadFormat.TelephoneEvent(),
            Direction = MediaDirection.SendRecv,
        }, random, TimeProvider.System);

    /// <summary>Summed RFC 3550 figures of a set of legs.</summary>
    public static LegTotals Totals(IEnumerable<MediaLeg> legs)
    {
        var totals = new LegTotals();
        foreach (var leg in legs)
        {
            var s = leg.Session.Statistics();
            totals.Sent += s.PacketsSent;
            totals.Received += s.PacketsReceived;
            totals.Expected += s.PacketsExpected;
            totals.Lost += Math.Max(0, s.CumulativeLost);
            totals.Late += s.Late;
            totals.Concealed += s.Concealed;
            totals.JitterMsSum += s.JitterMs;
            totals.Streams++;
        }
        return totals;
    }
}

/// <summary>Packet counts summed over streams.</summary>
internal sealed class LegTotals
{
    public long Streams { get; set; }
    public long Sent { get; set; }
    public long Received { get; set; }
    public long Expected { get; set; }
    public long Lost { get; set; }
    public long Late { get; set; }
    public long Concealed { get; set; }
    public double JitterMsSum { get; set; }

    public double MeanJitterMs => Streams == 0 ? 0 : JitterMsSum / Streams;

    /// <summary>The counts of the window since <paramref name="start"/> (jitter is the end's, a running estimate).</summary>
    public LegTotals Since(LegTotals start) => new()
    {
        Streams = Streams, Sent = Sent - start.Sent, Received = Received - start.Received, Expected = Expected - start.Expected,
        Lost = Lost - start.Lost, Late = Late - start.Late, Concealed = Concealed - start.Concealed, JitterMsSum = JitterMsSum,
    };
}
