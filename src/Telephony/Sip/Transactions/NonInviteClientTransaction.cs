using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.1.2: Trying (Timer E retransmits, doubling up to T2; F gives up) → Proceeding → Completed (Timer K absorbs retransmitted finals).</summary>
public sealed class NonInviteClientTransaction : ClientTransaction
{
    /// <summary>A non-INVITE transaction (BYE, CANCEL, OPTIONS, REGISTER); <see cref="ClientTransaction.Start"/> sends it.</summary>
    public NonInviteClientTransaction(SipRequest request, SipEndPoint destination, ISipSender sender, SipTimerOptions timers, TimeProvider time, IClientTransactionUser? user)
        : base(request, destination, sender, timers, time, user)
    {
        State = TransactionState.Trying;
    }

    private protected override bool AwaitingFinal => State is TransactionState.Trying or TransactionState.Proceeding;

    // Timer E: doubles up to T2, and stays at T2 once a provisional came (§17.1.2.2).
    private protected override void OnRetransmit()
    {
        lock (Gate)
        {
            if (State is not (TransactionState.Trying or TransactionState.Proceeding)) return;
            Sender.Post(Request, Destination);
            Interval = State == TransactionState.Proceeding ? Timers.T2 : TimeSpan.FromTicks(Math.Min((Interval * 2).Ticks, Timers.T2.Ticks));
            Retransmit.Start(Interval);
        }
    }

    internal override void Receive(SipResponse response)
    {
        var passUp = false;
        lock (Gate)
        {
            if (State is TransactionState.Trying or TransactionState.Proceeding)
            {
                passUp = true;
                if (response.IsProvisional) State = TransactionState.Proceeding;
                else
                {
                    State = TransactionState.Completed;
                    Retransmit.Stop();
                    GiveUp.Stop();
                    Linger.Start(Reliable ? TimeSpan.Zero : Timers.T4);
                }
            }
        }
        if (passUp) PassUp(response);
    }
}
