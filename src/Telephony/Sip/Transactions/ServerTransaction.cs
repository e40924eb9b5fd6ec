using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>Shared by the INVITE and non-INVITE server transactions: the request, where responses go (the source, as rport asks), the last response for retransmissions.</summary>
public abstract class ServerTransaction
{
    private protected readonly Lock Gate = new();
    private protected readonly ISipSender Sender;
    private protected readonly SipTimerOptions Timers;
    private Action<ServerTransaction>? _terminated;

    private protected ServerTransaction(SipRequest request, SipEndPoint source, ISipSender sender, SipTimerOptions timers)
    {
        Request = request;
        Source = source;
        Sender = sender;
        Timers = timers;
        Key = TransactionKey.ForRequest(request);
    }

    /// <summary>The request that created the transaction.</summary>
    public SipRequest Request { get; }

    /// <summary>Where the request came from; responses go back there.</summary>
    public SipEndPoint Source { get; }

    /// <summary>The key retransmissions and ACKs are matched on.</summary>
    public string Key { get; }

    /// <summary>The current state.</summary>
    public TransactionState State { get; private protected set; }

    /// <summary>The last response sent (resent on retransmitted requests).</summary>
    public SipResponse? LastResponse { get; private protected set; }

    private protected bool Reliable => Source.Transport != SipTransportKind.Udp;

    /// <summary>Sends a response from the user; ignored once a final response was sent.</summary>
    public abstract void Respond(SipResponse response);

    /// <summary>Handles a retransmitted request or ACK; false when it is not this transaction's to absorb (a 2xx ACK goes to the dialog).</summary>
    internal abstract bool Receive(SipRequest request);

    internal void OnTerminated(Action<ServerTransaction> terminated) => _terminated = terminated;

    private protected void SendLast()
    {
        if (LastResponse is not null) Sender.Post(LastResponse, Source);
    }

    private protected void Terminate()
    {
        lock (Gate)
        {
            if (State == TransactionState.Terminated) return;
            State = TransactionState.Terminated;
        }
        StopTimers();
        _terminated?.Invoke(this);
    }

    private protected abstract void StopTimers();
}
