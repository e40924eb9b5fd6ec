using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transactions;

namespace Outreach.Telephony.Tests.Sip.Transactions;

public sealed class ClientTransactionTests
{
    [Fact]
    public void An_unanswered_invite_is_retransmitted_on_timer_a_doubling_and_times_out_on_timer_b()
    {
        var f = new TransactionFixture();
        var t = f.Layer.Send(TransactionFixture.Request("INVITE"), TransactionFixture.Peer, f);
        f.Run(33);
        Assert.Equal([0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5], f.SendTimes("INVITE").Select(s => Math.Round(s, 2)));
        Assert.Equal(408, t.Final.Result.StatusCode);
        Assert.Equal(408, Assert.Single(f.PassedUp).StatusCode);
        Assert.Equal(TransactionState.Terminated, t.State);
        Assert.Equal(0, f.Layer.ClientCount);
    }

    [Fact]
    public void A_provisional_response_stops_invite_retransmission()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        f.Layer.Send(invite, TransactionFixture.Peer, f);
        f.Run(0.7);
        f.Deliver(TransactionFixture.Response(invite, 180));
        f.Run(60);
        Assert.Equal(2, f.SendTimes("INVITE").Count);
        Assert.Equal(180, Assert.Single(f.PassedUp).StatusCode);
    }

    [Fact]
    public void A_failure_is_acked_on_the_invite_branch_and_its_retransmission_acked_again_but_not_passed_up()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        var t = f.Layer.Send(invite, TransactionFixture.Peer, f);
        var busy = TransactionFixture.Response(invite, 486);
        f.Deliver(busy);
        f.Deliver(busy);
        var acks = f.Sender.Requests("ACK");
        Assert.Equal(2, acks.Count);
        Assert.Equal("z9hG4bK-1", acks[0].TopVia!.Branch);
        Assert.Equal("b1", acks[0].To.Tag);
        Assert.Equal(new CSeq(1, "ACK"), acks[0].CSeq);
        Assert.Equal(486, Assert.Single(f.PassedUp).StatusCode);
        f.Run(31.9);
        Assert.Equal(TransactionState.Completed, t.State);
        f.Run(0.2);
        Assert.Equal(TransactionState.Terminated, t.State);
    }

    [Fact]
    public void Every_2xx_reaches_the_user_while_the_transaction_is_accepted()
    {
        var f = new TransactionFixture();
        var invite = TransactionFixture.Request("INVITE");
        var t = f.Layer.Send(invite, TransactionFixture.Peer, f);
        var ok = TransactionFixture.Response(invite, 200);
        f.Deliver(ok);
        f.Deliver(ok);
        Assert.Equal([200, 200], f.PassedUp.Select(r => r.StatusCode));
        Assert.Empty(f.Sender.Requests("ACK"));
        Assert.Equal(TransactionState.Accepted, t.State);
        f.Run(32.1);
        Assert.Equal(0, f.Layer.ClientCount);
    }

    [Fact]
    public void Over_tcp_a_request_is_sent_once()
    {
        var f = new TransactionFixture();
        f.Layer.Send(TransactionFixture.Request("INVITE"), TransactionFixture.TcpPeer, f);
        f.Layer.Send(TransactionFixture.Request("BYE", "z9hG4bK-2"), TransactionFixture.TcpPeer, f);
        f.Run(40);
        Assert.Single(f.SendTimes("INVITE"));
        Assert.Single(f.SendTimes("BYE"));
    }

    [Fact]
    public void A_non_invite_request_retransmits_on_timer_e_capped_at_t2_and_times_out_on_timer_f()
    {
        var f = new TransactionFixture();
        var t = f.Layer.Send(TransactionFixture.Request("OPTIONS"), TransactionFixture.Peer, f);
        f.Run(33);
        Assert.Equal([0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5], f.SendTimes("OPTIONS").Select(s => Math.Round(s, 2)));
        Assert.Equal(408, t.Final.Result.StatusCode);
    }

    [Fact]
    public void A_non_invite_final_response_ends_the_transaction_after_timer_k()
    {
        var f = new TransactionFixture();
        var bye = TransactionFixture.Request("BYE");
        var t = f.Layer.Send(bye, TransactionFixture.Peer, f);
        f.Deliver(TransactionFixture.Response(bye, 200));
        f.Deliver(TransactionFixture.Response(bye, 200));
        Assert.Equal(200, t.Final.Result.StatusCode);
        Assert.Single(f.PassedUp);
        f.Run(4.9);
        Assert.Equal(TransactionState.Completed, t.State);
        f.Run(0.2);
        Assert.Equal(TransactionState.Terminated, t.State);
        Assert.Single(f.SendTimes("BYE"));
    }

    [Fact]
    public void A_response_with_an_unknown_branch_goes_to_the_user_as_a_stray()
    {
        var f = new TransactionFixture();
        f.Deliver(TransactionFixture.Response(TransactionFixture.Request("INVITE", "z9hG4bK-other"), 200));
        Assert.Single(f.Strays);
    }
}

public sealed class TimerOptionTests
{
    [Fact]
    public void A_shorter_t1_shortens_every_derived_timer()
    {
        var f = new TransactionFixture();
        var layer = new SipTransactionLayer(f.Sender, new SipTimerOptions { T1 = TimeSpan.FromMilliseconds(100) }, f.Time, f);
        var t = layer.Send(TransactionFixture.Request("INVITE"), TransactionFixture.Peer, f);
        f.Run(6.5);
        Assert.Equal([0, 0.1, 0.3, 0.7, 1.5, 3.1, 6.3], f.SendTimes("INVITE").Select(s => Math.Round(s, 2)));
        Assert.Equal(TransactionState.Terminated, t.State);
    }
}
