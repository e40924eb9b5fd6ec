using Outreach.Telephony.Sip.Dialogs;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Dialogs;

public sealed class DialogTests
{
    private static readonly Via Via = Via.Create("UDP", "127.0.0.1", 5070, "z9hG4bK-d");

    private static SipRequest Invite() => new("INVITE", SipUri.ForSip("bob", "example.com"), new SipHeaders([
        new SipHeader("Via", "SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1"),
        new SipHeader("From", "<sip:alice@example.com>;tag=a1"),
        new SipHeader("To", "<sip:bob@example.com>"),
        new SipHeader("Call-ID", "call-1"),
        new SipHeader("CSeq", "10 INVITE"),
        new SipHeader("Contact", "<sip:alice@10.0.0.1>"),
        new SipHeader("Record-Route", "<sip:p1.example.com;lr>, <sip:p2.example.com;lr>")]), default);

    private static SipResponse Ok(SipRequest invite) => SipResponses.For(invite, 200, "b1", extra: new SipHeaders([
        new SipHeader("Contact", "<sip:bob@10.0.0.2:5062>"),
        new SipHeader("Record-Route", "<sip:p1.example.com;lr>, <sip:p2.example.com;lr>")]));

    [Fact]
    public void A_uac_dialog_reverses_record_route_and_targets_the_contact()
    {
        var invite = Invite();
        var dialog = Dialog.ForUac(invite, Ok(invite));
        Assert.Equal(new DialogId("call-1", "a1", "b1"), dialog.Id);
        Assert.Equal(["p2.example.com", "p1.example.com"], dialog.RouteSet.Select(r => r.Uri.Host));
        Assert.Equal("p2.example.com", dialog.NextHop.Host);

        var bye = dialog.CreateRequest("BYE", Via);
        Assert.Equal("sip:bob@10.0.0.2:5062", bye.Uri.ToString());
        Assert.Equal(new CSeq(11, "BYE"), bye.CSeq);
        Assert.Equal(["<sip:p2.example.com;lr>", "<sip:p1.example.com;lr>"], bye.Headers.Lines("Route"));
        Assert.Equal(("a1", "b1"), (bye.From.Tag, bye.To.Tag));
    }

    [Fact]
    public void The_2xx_ack_keeps_the_invite_sequence_number()
    {
        var invite = Invite();
        var dialog = Dialog.ForUac(invite, Ok(invite));
        Assert.Equal(new CSeq(10, "ACK"), dialog.CreateAck(10, Via).CSeq);
        Assert.Equal(new CSeq(11, "INVITE"), dialog.CreateRequest("INVITE", Via).CSeq);
    }

    [Fact]
    public void A_uas_dialog_keeps_record_route_in_order_and_refuses_an_older_cseq()
    {
        var invite = Invite();
        var dialog = Dialog.ForUas(invite, "b1", DialogState.Confirmed);
        Assert.Equal(["p1.example.com", "p2.example.com"], dialog.RouteSet.Select(r => r.Uri.Host));
        Assert.Equal("sip:alice@10.0.0.1", dialog.RemoteTarget.ToString());
        Assert.False(dialog.AcceptRemote(invite with { Headers = invite.Headers.Set("CSeq", "9 BYE") }));
        Assert.True(dialog.AcceptRemote(invite with { Method = "BYE", Headers = invite.Headers.Set("CSeq", "11 BYE") }));
    }
}
