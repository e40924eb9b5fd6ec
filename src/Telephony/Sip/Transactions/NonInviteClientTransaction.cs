using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.1.2: Trying (Timer E retransmits, doubling up to T2; F gives up) → Proceeding → Completed (Timer K absorbs retransmitted finals).</summary>
public sealed class NonInviteClientTransaction : ClientTransaction
{
    private readonly TransactionTimer _e, _f, _k;
    private TimeSpan _interval;

    /// <summary>A non-INVITE transaction (BYE, CANCEL, OPTIONS, REGISTER); <see cref="ClientTransaction.Start"/> sends it.</summary>
    public NonInviteClientTransaction(SipRequest request, SipEndPoint destination, ISipSender sender, SipTimerOptions timers, TimeProvider time, IClientTransactionUser? user)
        : base(request, destination, sender, timers, time, user)
    {
        State = TransactionState.Trying;
        _e = new TransactionTimer(time, OnTimerE);
        _f = new TransactionTimer(time, OnTimerF);
        _k = new TransactionTimer(time, Terminate);
    }

    /// <inheritdoc />
    public override void Start()
    {
        lock (Gate)
        {
            Sender.Post(Request, Destination);
            _interval = Timers.T1;
            if (!Reliable) _e.Start(_interval);
            _f.Start(Timers.TransactionTimeout);
        }
    }

    private void OnTimerE()
    {
        lock (Gate)
        {
            if (State is not (TransactionState.Trying or TransactionState.Proceeding)) return;
            Sender.Post(Request, Destination);
            _interval = State == TransactionState.Proceeding ? Timers.T2 : TimeSpan.FromTicks(Math.Min((_interval * 2).Ticks, Timers.T2.Ticks));
            _e.Start(_interval);
        }
    }

    private void OnTimerF()
    {
        bool expired;
        lock (Gate) expired = State is TransactionState.Trying or TransactionState.Proceeding;
        if (expired) TimeOut();
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
                    _e.Stop();
                    _f.Stop();
                    _k.Start(Reliable ? TimeSpan.Zero : Timers.T4);
                }
            }
        }
        if (passUp) PassUp(response);
    }

    private protected override void StopTimers()
    {
        _e.Stop();
        _f.Stop();
        _k.Stop();
    }
}
