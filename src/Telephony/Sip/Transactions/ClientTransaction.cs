using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>What a client transaction reports to its user: every response it passes up, and the end of the transaction.</summary>
public interface IClientTransactionUser
{
    /// <summary>A response for the request (provisional, final, or a retransmitted 2xx of an INVITE); a timeout arrives as a made-up 408.</summary>
    void OnResponse(ClientTransaction transaction, SipResponse response);
}

/// <summary>Shared by the INVITE and non-INVITE client transactions: request, destination, state, timers and the final response as a task.</summary>
public abstract class ClientTransaction
{
    private readonly TaskCompletionSource<SipResponse> _final = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private protected readonly Lock Gate = new();
    private protected readonly ISipSender Sender;
    private protected readonly SipTimerOptions Timers;
    private protected readonly TimeProvider Time;
    private readonly IClientTransactionUser? _user;
    private Action<ClientTransaction>? _terminated;

    private protected ClientTransaction(SipRequest request, SipEndPoint destination, ISipSender sender, SipTimerOptions timers, TimeProvider time, IClientTransactionUser? user)
    {
        Request = request;
        Destination = destination;
        Sender = sender;
        Timers = timers;
        Time = time;
        _user = user;
        Key = TransactionKey.ForClient(request.TopVia?.Branch ?? "", request.Method);
        Retransmit = new TransactionTimer(time, OnRetransmit);
        GiveUp = new TransactionTimer(time, OnGiveUp);
        Linger = new TransactionTimer(time, Terminate);
    }

    /// <summary>Timer A (INVITE) or E (non-INVITE): resend the request, the interval doubling.</summary>
    private protected TransactionTimer Retransmit { get; }

    /// <summary>Timer B or F: no final response within 64·T1.</summary>
    private protected TransactionTimer GiveUp { get; }

    /// <summary>Timer D or K (and RFC 6026's M): absorb retransmitted responses, then end.</summary>
    private protected TransactionTimer Linger { get; }

    /// <summary>The current retransmission interval.</summary>
    private protected TimeSpan Interval { get; set; }

    /// <summary>The request this transaction carries.</summary>
    public SipRequest Request { get; }

    /// <summary>Where it is sent.</summary>
    public SipEndPoint Destination { get; }

    /// <summary>The key responses are matched on.</summary>
    public string Key { get; }

    /// <summary>The current state.</summary>
    public TransactionState State { get; private protected set; }

    /// <summary>True when Timer B or F fired: the 408 was made up here, nothing answered.</summary>
    public bool TimedOut { get; private set; }

    /// <summary>The final response (a made-up 408 when Timer B or F fires).</summary>
    public Task<SipResponse> Final => _final.Task;

    private protected bool Reliable => Destination.Transport != SipTransportKind.Udp;

    internal void OnTerminated(Action<ClientTransaction> terminated) => _terminated = terminated;

    /// <summary>Sends the request and starts the timers (retransmission only over UDP).</summary>
    public void Start()
    {
        lock (Gate)
        {
            Sender.Post(Request, Destination);
            Interval = Timers.T1;
            if (!Reliable) Retransmit.Start(Interval);
            GiveUp.Start(Timers.TransactionTimeout);
        }
    }

    /// <summary>True in the states where a missing final response times the transaction out.</summary>
    private protected abstract bool AwaitingFinal { get; }

    private protected abstract void OnRetransmit();

    private void OnGiveUp()
    {
        bool expired;
        lock (Gate) expired = AwaitingFinal;
        if (expired) TimeOut();
    }

    internal abstract void Receive(SipResponse response);

    private protected void PassUp(SipResponse response)
    {
        if (response.StatusCode >= 200) _final.TrySetResult(response);
        _user?.OnResponse(this, response);
    }

    private protected void TimeOut()
    {
        TimedOut = true;
        PassUp(SipResponses.LocalTimeout(Request, ""));
        Terminate();
    }

    private protected void Terminate()
    {
        lock (Gate)
        {
            if (State == TransactionState.Terminated) return;
            State = TransactionState.Terminated;
        }
        StopTimers();
        _final.TrySetResult(SipResponses.LocalTimeout(Request, " before the transaction ended"));
        _terminated?.Invoke(this);
    }

    private void StopTimers()
    {
        Retransmit.Stop();
        GiveUp.Stop();
        Linger.Stop();
    }
}
