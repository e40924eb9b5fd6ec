using FsCheck;
using FsCheck.Fluent;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Sdp;

/// <summary>Write then parse gives back the same session, for generated sessions (FsCheck's own runner).</summary>
public sealed class SdpRoundTripProperties
{
    private static readonly Gen<string> Token =
        Gen.NonEmptyListOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-._".ToCharArray())).Select(cs => new string(cs.Take(12).ToArray()));

    private static readonly Gen<string> Text = Gen.ListOf(Gen.Elements("abc XYZ 09-_:/.".ToCharArray()))
        .Select(cs => new string(cs.Take(20).ToArray()).Trim()).Where(s => s.Length > 0);

    private static readonly Gen<SdpConnection> Connection =
        from type in Gen.Elements("IP4", "IP6")
        from address in Gen.Elements("198.51.100.7", "0.0.0.0", "2001:db8::1", "host.example")
        select new SdpConnection(type, address);

    private static readonly Gen<SdpAttribute> Attribute =
        from name in Token
        from value in Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t))
        select new SdpAttribute(name, value);

    private static readonly Gen<SdpBandwidth> Bandwidth =
        from type in Gen.Elements("AS", "CT", "TIAS")
        from kbps in Gen.Choose(0, 100_000)
        select new SdpBandwidth(type, kbps);

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static Gen<ValueList<T>> ListOf<T>(Gen<T> gen, int max) => Gen.ListOf(gen).Select(l => l.Take(max).ToValueList());

    private static readonly Gen<SdpMedia> Media =
        from type in Gen.Elements("audio", "video", "application")
        from port in Gen.Choose(0, 65535)
        from count in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 4).Select(n => (int?)n))
        from protocol in Gen.Elements("RTP/AVP", "RTP/SAVP", "udp")
        from formats in Gen.NonEmptyListOf(Gen.Choose(0, 127).Select(n => n.ToString())).Select(l => l.Take(6).ToValueList())
        from info in Maybe(Text)
        from connection in Maybe(Connection)
        from bandwidths in ListOf(Bandwidth, 2)
        from attributes in ListOf(Attribute, 6)
        select new SdpMedia
        {
            MediaType = type, Port = port, PortCount = count, Protocol = protocol, Formats = formats,
            Information = info, Connection = connection, Bandwidths = bandwidths, Attributes = attributes,
        };

    private static readonly Gen<SdpSession> Session =
        from user in Token
        from id in Gen.Choose(0, int.MaxValue)
        from version in Gen.Choose(0, int.MaxValue)
        from name in Gen.OneOf(Gen.Constant("-"), Text)
        from info in Maybe(Text)
        from emails in ListOf(Token.Select(t => t + "@example.com"), 2)
        from connection in Maybe(Connection)
        from timings in Gen.NonEmptyListOf(Gen.Zip(Gen.Choose(0, 1_000_000), Gen.Choose(0, 1_000_000)))
        from attributes in ListOf(Attribute, 4)
        from media in ListOf(Media, 3)
        select new SdpSession
        {
            Origin = new SdpOrigin(user, (ulong)id * 7919, (ulong)version, "IP4", "198.51.100.7"),
            SessionName = name, Information = info, Emails = emails, Connection = connection,
            Timings = timings.Take(2).Select(t => new SdpTiming((ulong)t.Item1, (ulong)t.Item2, ValueList<string>.Empty)).ToValueList(),
            Attributes = attributes, Media = media,
        };

    [Fact]
    public void Writing_then_parsing_gives_the_same_session()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true), Prop.ForAll(Session.ToArbitrary(), session =>
        {
            var parsed = SdpParser.Parse(SdpWriter.Write(session));
            return parsed is SdpParseResult.Parsed p && p.Session == session;
        }));
    }
}
