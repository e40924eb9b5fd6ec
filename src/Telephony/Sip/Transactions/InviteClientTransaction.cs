using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.1.1 with RFC 6026: Calling (Timer A retransmits, B gives up) → Proceeding → Accepted on 2xx (Timer M lets 2xx retransmissions reach the user) or Completed on 300–699 (ACK sent, Timer D absorbs retransmissions).</summary>
public sealed class InviteClientTransaction : ClientTransaction
{
    private SipRequest? _ack;

    /// <summary>An INVITE transaction; <see cref="ClientTransaction.Start"/> sends it.</summary>
    public InviteClientTransaction(SipRequest invite, SipEndPoint destination, ISipSender sender, SipTimerOptions timers, TimeProvider time, IClientTransactionUser? user)
        : base(invite, destination, sender, timers, time, user)
    {
        State = TransactionState.Calling;
    }

    private protected override bool AwaitingFinal => State == TransactionState.Calling;

    // Timer A: doubles without a cap (§17.1.1.2).
    private protected override void OnRetransmit()
    {
        lock (Gate)
        {
            if (State != TransactionState.Calling) return;
            Sender.Post(Request, Destination);
            Interval *= 2;
            Retransmit.Start(Interval);
        }
    }

    internal override void Receive(SipResponse response)
    {
        var passUp = false;
        lock (Gate)
        {
            switch (State)
            {
                case TransactionState.Calling or TransactionState.Proceeding when response.IsProvisional:
                    State = TransactionState.Proceeding;
                    Retransmit.Stop();
                    GiveUp.Stop();
                    passUp = true;
                    break;
                case TransactionState.Calling or TransactionState.Proceeding when response.IsSuccess:
                    State = TransactionState.Accepted;
                    Retransmit.Stop();
                    GiveUp.Stop();
                    Linger.Start(Timers.TransactionTimeout);
                    passUp = true;
                    break;
                case TransactionState.Accepted when response.IsSuccess:
                    passUp = true;
                    break;
                case TransactionState.Calling or TransactionState.Proceeding when response.StatusCode >= 300:
                    State = TransactionState.Completed;
                    Retransmit.Stop();
                    GiveUp.Stop();
                    _ack = AckFor(response);
                    Sender.Post(_ack, Destination);
                    Linger.Start(Reliable ? TimeSpan.Zero : Timers.TimerD);
                    passUp = true;
                    break;
                case TransactionState.Completed when response.StatusCode >= 300:
                    Sender.Post(_ack!, Destination);
                    break;
            }
        }
        if (passUp) PassUp(response);
    }

    // §17.1.1.3: the ACK for a non-2xx final shares the INVITE's branch, Request-URI and Route, and takes the response's To.
    private SipRequest AckFor(SipResponse response)
    {
        var headers = new SipHeaders([
            new SipHeader(SipHeaderNames.Via, Request.Headers.Get(SipHeaderNames.Via)!),
            new SipHeader(SipHeaderNames.MaxForwards, "70"),
            new SipHeader(SipHeaderNames.From, Request.Headers.Get(SipHeaderNames.From)!),
            new SipHeader(SipHeaderNames.To, response.Headers.Get(SipHeaderNames.To)!),
            new SipHeader(SipHeaderNames.CallId, Request.CallId),
            new SipHeader(SipHeaderNames.CSeq, new CSeq(Request.CSeq.Number, SipMethods.Ack).ToString()),
            .. Request.Headers.Lines(SipHeaderNames.Route).Select(r => new SipHeader(SipHeaderNames.Route, r))]);
        return new SipRequest(SipMethods.Ack, Request.Uri, headers, ReadOnlyMemory<byte>.Empty);
    }
}
