using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.2.1 with RFC 6026: Proceeding (100 sent at once) → Accepted on 2xx (retransmitted at T1 doubling to T2 until the ACK, Timer L ends it) or Completed on 300–699 (Timer G retransmits, H gives up, the ACK moves to Confirmed, Timer I ends it).</summary>
public sealed class InviteServerTransaction : ServerTransaction
{
    private readonly TransactionTimer _retransmit, _giveUp, _linger;
    private TimeSpan _interval;
    private bool _acknowledged;

    /// <summary>A new INVITE transaction; answers 100 Trying straight away so the client stops retransmitting.</summary>
    public InviteServerTransaction(SipRequest invite, SipEndPoint source, ISipSender sender, SipTimerOptions timers, TimeProvider time)
        : base(invite, source, sender, timers)
    {
        State = TransactionState.Proceeding;
        _retransmit = new TransactionTimer(time, OnRetransmit);
        _giveUp = new TransactionTimer(time, OnGiveUp);
        _linger = new TransactionTimer(time, Terminate);
        LastResponse = SipResponses.For(invite, SipStatus.Trying);
        SendLast();
    }

    /// <summary>Raised when a final response was never acknowledged within 64·T1 (the UAS should end the call).</summary>
    public event Action<InviteServerTransaction>? AckTimedOut;

    /// <summary>True once the ACK for the final response arrived.</summary>
    public bool Acknowledged => _acknowledged;

    /// <inheritdoc />
    public override void Respond(SipResponse response)
    {
        lock (Gate)
        {
            if (State != TransactionState.Proceeding) return;
            LastResponse = response;
            SendLast();
            if (response.IsProvisional) return;
            State = response.IsSuccess ? TransactionState.Accepted : TransactionState.Completed;
            _interval = Timers.T1;
            // 2xx retransmission is the UAS core's duty (§13.3.1.4); it lives here so the dialog layer stays timer-free.
            if (!Reliable) _retransmit.Start(_interval);
            _giveUp.Start(Timers.TransactionTimeout);
        }
    }

    /// <summary>The ACK for a 2xx arrived through the dialog: stop retransmitting the 2xx.</summary>
    public void Acknowledge()
    {
        lock (Gate)
        {
            _acknowledged = true;
            _retransmit.Stop();
        }
    }

    internal override bool Receive(SipRequest request)
    {
        lock (Gate)
        {
            if (request.Method != SipMethods.Ack)
            {
                if (State is TransactionState.Proceeding or TransactionState.Completed) SendLast();
                return true;
            }
            if (State == TransactionState.Completed)
            {
                State = TransactionState.Confirmed;
                _acknowledged = true;
                _retransmit.Stop();
                _giveUp.Stop();
                _linger.Start(Reliable ? TimeSpan.Zero : Timers.T4);
                return true;
            }
            // An RFC 2543 peer's ACK for our 2xx can share the INVITE's key; it belongs to the dialog.
            return State != TransactionState.Accepted;
        }
    }

    private void OnRetransmit()
    {
        lock (Gate)
        {
            if (State is not (TransactionState.Accepted or TransactionState.Completed) || _acknowledged) return;
            SendLast();
            _interval = TimeSpan.FromTicks(Math.Min((_interval * 2).Ticks, Timers.T2.Ticks));
            _retransmit.Start(_interval);
        }
    }

    private void OnGiveUp()
    {
        bool unacknowledged;
        lock (Gate) unacknowledged = !_acknowledged;
        if (unacknowledged) AckTimedOut?.Invoke(this);
        Terminate();
    }

    private protected override void StopTimers()
    {
        _retransmit.Stop();
        _giveUp.Stop();
        _linger.Stop();
    }
}
