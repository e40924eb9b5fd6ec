using System.Collections.Concurrent;

namespace Outreach.Telephony.Rtp;

/// <summary>
/// One RTP session with its RTCP (RFC 3550): our sending clock, the peer's stream into the jitter buffer, its
/// statistics, DTMF both ways and the reports. No sockets: datagrams in, bytes out. <see cref="Receive"/> runs on
/// the receive loop, the writers on the pacing tick.
/// </summary>
public sealed class RtpSession
{
    private readonly RtpSessionSettings _settings;
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly Lock _gate = new();
    private readonly DtmfReceiver _dtmfIn = new();
    private readonly ConcurrentQueue<DtmfDigit> _digits = new();
    private ReceptionStatistics? _reception;
    private uint? _remoteSsrc;
    private long _malformed;
    private long _unknownPayload;
    private uint _lastSrMiddle;
    private long _lastSrArrival;
    private double? _roundTripMs;
    private ReportBlock? _remoteView;
    private uint _packetsAtLastReport;
    private byte _lastFraction;

    public RtpSession(RtpSessionSettings settings, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        _origin = time.GetTimestamp();
        Sender = new RtpSender(settings.Ssrc, settings.FirstSequence, settings.FirstTimestamp, settings.Packetisation);
        Jitter = new JitterBuffer(settings.JitterBuffer, time);
        DtmfOut = settings.TelephoneEventPayloadType is { } te ? new DtmfSender(te) : null;
    }

    public RtpSessionSettings Settings => _settings;

    public RtpSender Sender { get; }

    public JitterBuffer Jitter { get; }

    /// <summary>Our DTMF sender, when telephone-event was negotiated.</summary>
    public DtmfSender? DtmfOut { get; }

    /// <summary>Gets every valid audio and event packet as it arrives (a relaying bridge), before the jitter buffer.</summary>
    public IRtpForwarder? Forwarder { get; set; }

    /// <summary>The peer said BYE in RTCP.</summary>
    public bool RemoteSaidGoodbye { get; private set; }

    /// <summary>Reads one RTP datagram: audio to the jitter buffer, events to the DTMF receiver; anything else is counted and dropped.</summary>
    public ReceiveOutcome Receive(ReadOnlySpan<byte> datagram)
    {
        if (RtpPacket.TryParse(datagram, out var packet) != RtpParseError.None)
        {
            Interlocked.Increment(ref _malformed);
            return ReceiveOutcome.Malformed;
        }
        var isAudio = packet.PayloadType == _settings.AudioPayloadType;
        var isEvent = packet.PayloadType == _settings.TelephoneEventPayloadType;
        if (!isAudio && !isEvent)
        {
            Interlocked.Increment(ref _unknownPayload);
            return ReceiveOutcome.UnknownPayloadType;
        }
        lock (_gate)
        {
            if (_remoteSsrc != packet.Ssrc)
            {
                _remoteSsrc = packet.Ssrc; // a new source (the peer restarted its stream): count afresh
                _reception = new ReceptionStatistics(_settings.Packetisation.ClockRate);
            }
            _reception!.Update(packet.SequenceNumber, packet.Timestamp, _time.GetElapsedTime(_origin));
        }
        Forwarder?.Forward(packet, isEvent);
        if (isAudio)
        {
            Jitter.Push(packet.SequenceNumber, packet.Timestamp, packet.Payload);
            return ReceiveOutcome.Audio;
        }
        Jitter.PushGap(packet.SequenceNumber, packet.Timestamp);
        DtmfDigit? digit;
        lock (_gate) digit = _dtmfIn.Receive(packet.Timestamp, packet.Payload);
        if (digit is not null) _digits.Enqueue(digit);
        return ReceiveOutcome.Event;
    }

    /// <summary>Takes the next DTMF digit received, in order.</summary>
    public bool TryTakeDigit(out DtmfDigit digit) => _digits.TryDequeue(out digit!);

    /// <summary>Writes an SR (when we sent media since the last report) or RR, then SDES CNAME: one compound packet.</summary>
    public int WriteReport(Span<byte> destination)
    {
        Span<ReportBlock> blocks = stackalloc ReportBlock[1];
        var count = 0;
        lock (_gate)
        {
            if (_reception is { } r && _remoteSsrc is { } remote)
            {
                var dlsr = _lastSrArrival == 0 ? 0u : NtpTime.ToShort(_time.GetElapsedTime(_lastSrArrival));
                _lastFraction = r.TakeFractionLost();
                blocks[count++] = new ReportBlock(remote, _lastFraction, r.CumulativeLost, r.ExtendedHighestSequence,
                    (uint)r.Jitter, _lastSrMiddle, dlsr);
            }
        }
        var length = Sender.PacketCount != _packetsAtLastReport
            ? RtcpWriter.SenderReport(destination, Sender.Ssrc,
                new SenderInfo(NtpTime.From(_time.GetUtcNow()), Sender.Timestamp, Sender.PacketCount, Sender.OctetCount), blocks[..count])
            : RtcpWriter.ReceiverReport(destination, Sender.Ssrc, blocks[..count]);
        _packetsAtLastReport = Sender.PacketCount;
        return length + RtcpWriter.SourceDescription(destination[length..], Sender.Ssrc, _settings.Cname);
    }

    /// <summary>A last report followed by BYE, for the end of the call.</summary>
    public int WriteGoodbye(Span<byte> destination, string? reason = null)
    {
        var length = WriteReport(destination);
        return length + RtcpWriter.Goodbye(destination[length..], Sender.Ssrc, reason);
    }

    /// <summary>Reads the peer's RTCP: its SR time (for our LSR/DLSR), its report on us (round trip, loss) and BYE. False when malformed.</summary>
    public bool ReceiveRtcp(ReadOnlySpan<byte> datagram)
    {
        var report = RtcpParser.Parse(datagram, out _);
        if (report is null)
        {
            Interlocked.Increment(ref _malformed);
            return false;
        }
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (report.Sender is { } sender)
            {
                _lastSrMiddle = NtpTime.Middle(sender.NtpTimestamp);
                _lastSrArrival = _time.GetTimestamp();
            }
            foreach (var block in report.Blocks.Where(b => b.Ssrc == Sender.Ssrc))
            {
                _remoteView = block;
                if (block.LastSenderReport == 0) continue;
                var units = (int)(NtpTime.Middle(now) - block.LastSenderReport - block.DelaySinceLastSenderReport);
                if (units >= 0) _roundTripMs = NtpTime.FromShort((uint)units).TotalMilliseconds;
            }
            if (_remoteSsrc is { } remote && report.Bye.Contains(remote)) RemoteSaidGoodbye = true;
        }
        return true;
    }

    public RtpStreamStatistics Statistics()
    {
        lock (_gate)
        {
            var counters = Jitter.Counters;
            return new RtpStreamStatistics
            {
                Ssrc = Sender.Ssrc, RemoteSsrc = _remoteSsrc,
                PacketsSent = Sender.PacketCount, OctetsSent = Sender.OctetCount,
                PacketsReceived = _reception?.Received ?? 0, PacketsExpected = _reception?.Expected ?? 0,
                CumulativeLost = _reception?.CumulativeLost ?? 0, JitterMs = _reception?.JitterMs ?? 0,
                FractionLost = _lastFraction / 256.0,
                RoundTripMs = _roundTripMs,
                RemoteFractionLost = _remoteView?.FractionLostShare,
                RemoteJitterMs = _remoteView is { } v ? v.Jitter * 1000.0 / _settings.Packetisation.ClockRate : null,
                Late = counters.Late, Duplicates = counters.Duplicates, Concealed = counters.Concealed,
                Malformed = Interlocked.Read(ref _malformed) + Interlocked.Read(ref _unknownPayload),
                JitterBufferTargetMs = Jitter.TargetDelay.TotalMilliseconds,
                DigitsReceived = _dtmfIn.Digits,
            };
        }
    }
}
