using FsCheck;
using FsCheck.Fluent;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.Messages;

public sealed class MessageProperties
{
    [Fact]
    public void Writing_then_parsing_gives_the_same_message() => PropertyCheck.Holds(500, Prop.ForAll(MessageGenerators.Message.ToArbitrary(), message =>
    {
        var parsed = SipMessageParser.Parse(SipMessageWriter.Write(message));
        if (!parsed.Succeeded) throw new InvalidOperationException(parsed.Error!.Reason + "\n" + SipMessageWriter.ToText(message));
        var back = parsed.Message!;
        var sameStart = (message, back) switch
        {
            (SipRequest a, SipRequest b) => a.Method == b.Method && a.Uri == b.Uri,
            (SipResponse a, SipResponse b) => a.StatusCode == b.StatusCode && a.Reason == b.Reason,
            _ => false,
        };
        return sameStart
            && back.Headers.Remove("Content-Length").Equals(message.Headers)
            && back.Body.Span.SequenceEqual(message.Body.Span)
            && back.From == message.From && back.To == message.To;
    }));

    [Fact]
    public void A_name_address_reads_back_as_written() => PropertyCheck.Holds(500, Prop.ForAll(MessageGenerators.Address.ToArbitrary(), address =>
        NameAddress.Parse(address.ToString(), out _) == address));

    [Fact]
    public void Random_octets_never_make_the_parser_throw() => PropertyCheck.Holds(2_000, Prop.ForAll(
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(), bytes => SipMessageParser.Parse(bytes) is not null));

    [Fact]
    public void A_valid_message_with_octets_changed_never_makes_the_parser_throw()
    {
        var valid = Rfc4475Corpus.Read("wsinv");
        var mutations = Gen.ListOf(Gen.Choose(0, valid.Length - 1).SelectMany(i => Gen.Choose(0, 255).Select(b => (i, (byte)b))));
        PropertyCheck.Holds(2_000, Prop.ForAll(mutations.ToArbitrary(), changes =>
        {
            var copy = (byte[])valid.Clone();
            foreach (var (i, b) in changes) copy[i] = b;
            var result = SipMessageParser.Parse(copy);
            return result.Succeeded != (result.Error is not null);
        }));
    }
}
