using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Tests.Rtp;

/// <summary>Whatever arrives on an RTP or RTCP port, the session reads it without throwing (FsCheck's own runner).</summary>
public sealed class HostileInputProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(3_000).WithQuietOnSuccess(true);

    /// <summary>Random bytes, and valid-looking headers (version 2, our payload types) with random rest.</summary>
    private static readonly Gen<byte[]> Datagrams = Gen.OneOf(
        ArbMap.Default.GeneratorFor<byte[]>(),
        from tail in ArbMap.Default.GeneratorFor<byte[]>()
        from first in Gen.Choose(0x80, 0xBF)
        from second in Gen.Elements(0, 8, 101, 0x80 | 101, 200, 201, 202, 203)
        select new[] { (byte)first, (byte)second }.Concat(tail).ToArray());

    [Fact]
    public void Random_datagrams_never_throw_out_of_the_session()
    {
        var session = new RtpSession(new RtpSessionSettings { Ssrc = 1, AudioPayloadType = 0, TelephoneEventPayloadType = 101 }, new FakeTimeProvider());
        var frame = new byte[320];
        Check.One(Quick, Prop.ForAll(Datagrams.ToArbitrary(), datagram =>
        {
            session.Receive(datagram);
            session.ReceiveRtcp(datagram);
            session.Jitter.Pop(frame);
            session.TryTakeDigit(out _);
            return session.Statistics() is not null;
        }));
    }

    [Fact]
    public void Random_rtcp_either_parses_or_names_its_fault()
    {
        Check.One(Quick, Prop.ForAll(Datagrams.ToArbitrary(), datagram =>
        {
            var report = RtcpParser.Parse(datagram, out var error);
            return (report is null) == (error is not null);
        }));
    }
}
