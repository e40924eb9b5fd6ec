using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transactions;
using Outreach.Telephony.Tests.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Transactions;

public sealed class ServerTransactionTests
{
    private static List<double> ResponseTimes(TransactionFixture f, int code) =>
        f.Sender.Sent.Where(s => s.Message is SipResponse r && r.StatusCode == code).Select(s => Math.Round((s.At - f.Start).TotalSeconds, 2)).ToList();

    [Fact]
    public void A_new_invite_is_answered_100_at_once_and_its_retransmission_gets_the_last_provisional()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        f.Deliver(invite);
        var t = Assert.Single(f.NewRequests);
        Assert.Single(f.Sender.Responses(100));
        t.Respond(TransactionFixture.Response(invite, 180));
        f.Deliver(invite);
        Assert.Equal(2, f.Sender.Responses(180).Count);
        Assert.Single(f.NewRequests);
    }

    [Fact]
    public void A_failure_is_retransmitted_on_timer_g_until_the_ack_then_ends_after_timer_i()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        f.Deliver(invite);
        var t = f.NewRequests[0];
        t.Respond(TransactionFixture.Response(invite, 486));
        f.Run(4);
        f.Deliver(TransactionFixture.Request("ACK", toTag: "b1"));
        f.Run(1);
        Assert.Equal([0, 0.5, 1.5, 3.5], ResponseTimes(f, 486));
        Assert.Equal(TransactionState.Confirmed, t.State);
        Assert.Empty(f.Acks);
        f.Run(5.1);
        Assert.Equal(0, f.Layer.ServerCount);
    }

    [Fact]
    public void An_unacknowledged_failure_gives_up_on_timer_h()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        f.Deliver(invite);
        var t = (InviteServerTransaction)f.NewRequests[0];
        var timedOut = false;
        t.AckTimedOut += _ => timedOut = true;
        t.Respond(TransactionFixture.Response(invite, 486));
        f.Run(33);
        Assert.True(timedOut);
        Assert.Equal([0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5], ResponseTimes(f, 486));
        Assert.Equal(TransactionState.Terminated, t.State);
    }

    [Fact]
    public void A_2xx_is_retransmitted_until_the_dialog_reports_the_ack()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        f.Deliver(invite);
        var t = (InviteServerTransaction)f.NewRequests[0];
        t.Respond(TransactionFixture.Response(invite, 200));
        f.Run(2);
        f.Deliver(TransactionFixture.Request("ACK", "z9hG4bK-ack", toTag: "b1"));
        Assert.Single(f.Acks);
        t.Acknowledge();
        f.Run(10);
        Assert.Equal([0, 0.5, 1.5], ResponseTimes(f, 200));
        f.Run(25);
        Assert.Equal(0, f.Layer.ServerCount);
    }

    [Fact]
    public void A_non_invite_retransmission_is_absorbed_before_the_answer_and_answered_after_it()
    {
        var f = new TransactionFixture();
        var options = TransactionFixture.Request("OPTIONS");
        f.Deliver(options);
        f.Deliver(options);
        Assert.Empty(f.Sender.Sent);
        f.NewRequests[0].Respond(TransactionFixture.Response(options, 200));
        f.Deliver(options);
        Assert.Equal(2, f.Sender.Responses(200).Count);
        f.Run(32.1);
        Assert.Equal(0, f.Layer.ServerCount);
    }

    [Fact]
    public void An_rfc_2543_invite_without_a_branch_matches_its_retransmission_and_its_ack()
    {
        var f = new TransactionFixture();
        var invite = Rfc4475Tests.Parse<SipRequest>("inv2543");
        f.Deliver(invite);
        f.Deliver(invite);
        var t = Assert.Single(f.NewRequests);
        t.Respond(TransactionFixture.Response(invite, 603));
        var ack = new SipRequest("ACK", invite.Uri, invite.Headers.Set("CSeq", "56 ACK"), ReadOnlyMemory<byte>.Empty);
        f.Deliver(ack);
        Assert.Equal(TransactionState.Confirmed, t.State);
    }

    [Fact]
    public void A_cancel_finds_the_invite_it_cancels()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        f.Deliver(invite);
        var cancel = TransactionFixture.Request("CANCEL");
        Assert.Same(f.NewRequests[0], f.Layer.FindInvite(cancel));
    }
}
