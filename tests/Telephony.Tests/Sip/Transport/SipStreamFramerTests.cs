using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.Transport;

public sealed class SipStreamFramerTests
{
    private static byte[] Message(string body) => Encoding.ASCII.GetBytes(
        "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bK1\r\nl: " + body.Length + "\r\n\r\n" + body);

    [Fact]
    public void A_message_arriving_one_octet_at_a_time_is_framed_once_whole()
    {
        var framer = new SipStreamFramer(4096);
        var bytes = Message("hello");
        var frames = new List<byte[]>();
        foreach (var b in bytes)
        {
            framer.Append([b]);
            if (framer.Next().Message is { } m) frames.Add(m);
        }
        Assert.Equal(bytes, Assert.Single(frames));
    }

    [Fact]
    public void Two_messages_and_keep_alive_line_breaks_in_one_read_come_out_as_two()
    {
        var framer = new SipStreamFramer(4096);
        framer.Append([.. "\r\n\r\n"u8, .. Message("a"), .. "\r\n"u8, .. Message("bc")]);
        Assert.Equal(Message("a"), framer.Next().Message);
        Assert.Equal(Message("bc"), framer.Next().Message);
        Assert.Null(framer.Next().Message);
        Assert.Equal(0, framer.Buffered);
    }

    [Fact]
    public void A_stream_message_without_content_length_closes_the_stream()
    {
        var framer = new SipStreamFramer(4096);
        framer.Append("OPTIONS sip:a@b SIP/2.0\r\nVia: x\r\n\r\n"u8);
        Assert.True(framer.Next().IsFatal);
    }

    [Fact]
    public void Headers_that_never_end_are_cut_at_the_maximum_size()
    {
        var framer = new SipStreamFramer(100);
        framer.Append(Encoding.ASCII.GetBytes("OPTIONS sip:a@b SIP/2.0\r\nX: " + new string('a', 200)));
        Assert.Equal("headers longer than the maximum message size", framer.Next().Error);
    }

    [Fact]
    public void Any_split_of_a_stream_gives_the_same_messages() => PropertyCheck.Holds(300, Prop.ForAll(
        Gen.ListOf(Gen.Choose(1, 40)).ToArbitrary(), cuts =>
        {
            byte[] stream = [.. Message("one"), .. Message(""), .. Message("three!")];
            var framer = new SipStreamFramer(4096);
            var frames = new List<byte[]>();
            var at = 0;
            foreach (var cut in cuts.Append(stream.Length))
            {
                var n = Math.Min(cut, stream.Length - at);
                framer.Append(stream.AsSpan(at, n));
                at += n;
                for (var f = framer.Next(); f.Message is not null; f = framer.Next()) frames.Add(f.Message);
            }
            return frames.Count == 3 && frames[2].SequenceEqual(Message("three!"));
        }));
}
