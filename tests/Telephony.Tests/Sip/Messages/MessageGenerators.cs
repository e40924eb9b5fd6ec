using FsCheck;
using FsCheck.Fluent;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Messages;

/// <summary>FsCheck generators for well-formed SIP messages built from their parts.</summary>
internal static class MessageGenerators
{
    private const string Alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string TokenChars = Alnum + "-.!%*_+`'~";

    private static Gen<string> From(string alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)).Select(cs => new string(cs));

    private static Gen<string> Token => From(TokenChars, 1, 12).Where(t => !t.Contains('%') || SipText.HasValidEscapes(t)).Where(t => !t.Contains('%'));

    private static readonly Gen<string> Host =
        Gen.OneOf(From("abcdefghijklmnopqrstuvwxyz", 1, 8).SelectMany(a => From("abcdefghijklmnopqrstuvwxyz", 2, 4).Select(b => a + "." + b)),
            Gen.Choose(1, 254).Select(n => $"192.0.2.{n}"), Gen.Constant("[2001:db8::1]"));

    private static readonly Gen<SipParameters> UriParameters =
        Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(From(Alnum, 1, 6).SelectMany(name => Gen.OneOf(Gen.Constant<string?>(null), From(Alnum + "-_.", 1, 6).Select(v => (string?)v)).Select(v => new SipParameter(name, v))), n))
            .Select(ps => new SipParameters(ps));

    public static readonly Gen<SipUri> Uri =
        from user in Gen.OneOf(Gen.Constant<string?>(null), From(Alnum + "-_.!~*'()&=+$,;?/", 1, 10).Select(u => (string?)u))
        from host in Host
        from port in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 65535).Select(p => (int?)p))
        from parameters in UriParameters
        from scheme in Gen.Elements("sip", "sips")
        select new SipUri(scheme, user, null, host, port, parameters, SipParameters.Empty);

    private static readonly Gen<string?> DisplayName =
        Gen.OneOf(Gen.Constant<string?>(null), From(Alnum + " \"\\\t\u0001\u007féü,;<>", 0, 12).Select(d => (string?)d));

    public static readonly Gen<NameAddress> Address =
        from display in DisplayName
        from uri in Uri
        from tag in Gen.OneOf(Gen.Constant<string?>(null), Token.Select(t => (string?)t))
        select new NameAddress(display, uri, tag is null ? SipParameters.Empty : new SipParameters([new SipParameter("tag", tag)]));

    private static readonly Gen<SipHeader> Extension =
        from name in From(Alnum, 1, 10)
        from value in From(Alnum + " ,;:\"<>=@/\\é", 0, 30)
        select new SipHeader("X-" + name, SipText.TrimLws(value));

    private static Gen<SipHeaders> Headers(string method) =>
        from caller in Address
        from callee in Address
        from callId in Token.SelectMany(a => Host.Select(h => a + "@" + h))
        from seq in Gen.Choose(0, int.MaxValue)
        from via in Host.SelectMany(h => Token.Select(b => Via.Create("UDP", h, 5060, Via.MagicCookie + b)))
        from extensions in Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Extension, n))
        select new SipHeaders([
            new SipHeader("Via", via.ToString()), new SipHeader("From", caller.ToString()), new SipHeader("To", callee.ToString()),
            new SipHeader("Call-ID", callId), new SipHeader("CSeq", new CSeq(seq, method).ToString()), .. extensions]);

    private static readonly Gen<byte[]> Body = Gen.Choose(0, 64).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    public static readonly Gen<SipMessage> Message = Gen.OneOf(
        from method in Token
        from uri in Uri
        from headers in Headers(method)
        from body in Body
        select (SipMessage)new SipRequest(method, uri, headers, body),
        from code in Gen.Choose(100, 699)
        from reason in From(Alnum + " é", 0, 20).Select(SipText.TrimLws)
        from headers in Headers("INVITE")
        from body in Body
        select (SipMessage)new SipResponse(code, reason, headers, body));
}
