using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.2.2: Trying (retransmissions absorbed) → Proceeding → Completed (the final resent on each retransmission; Timer J ends it).</summary>
public sealed class NonInviteServerTransaction : ServerTransaction
{
    private readonly TransactionTimer _j;

    /// <summary>A new non-INVITE server transaction in Trying.</summary>
    public NonInviteServerTransaction(SipRequest request, SipEndPoint source, ISipSender sender, SipTimerOptions timers, TimeProvider time)
        : base(request, source, sender, timers)
    {
        State = TransactionState.Trying;
        _j = new TransactionTimer(time, Terminate);
    }

    /// <inheritdoc />
    public override void Respond(SipResponse response)
    {
        lock (Gate)
        {
            if (State is not (TransactionState.Trying or TransactionState.Proceeding)) return;
            LastResponse = response;
            SendLast();
            if (response.IsProvisional)
            {
                State = TransactionState.Proceeding;
                return;
            }
            State = TransactionState.Completed;
            _j.Start(Reliable ? TimeSpan.Zero : Timers.TransactionTimeout);
        }
    }

    internal override bool Receive(SipRequest request)
    {
        lock (Gate)
        {
            if (State is TransactionState.Proceeding or TransactionState.Completed) SendLast();
            return true;
        }
    }

    private protected override void StopTimers() => _j.Stop();
}
