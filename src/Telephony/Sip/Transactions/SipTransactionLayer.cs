using System.Collections.Concurrent;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>Matches inbound messages to transactions (creating server transactions for new requests), starts client transactions, and forgets every transaction when it terminates.</summary>
public sealed class SipTransactionLayer(ISipSender sender, SipTimerOptions timers, TimeProvider time, ITransactionUser user)
{
    private readonly ConcurrentDictionary<string, ClientTransaction> _clients = new();
    private readonly ConcurrentDictionary<string, ServerTransaction> _servers = new();

    /// <summary>Client transactions alive now.</summary>
    public int ClientCount => _clients.Count;

    /// <summary>Server transactions alive now.</summary>
    public int ServerCount => _servers.Count;

    /// <summary>The timer values in use.</summary>
    public SipTimerOptions Timers => timers;

    /// <summary>Where inbound messages enter (the transport's handler).</summary>
    public ValueTask OnInbound(InboundMessage inbound)
    {
        switch (inbound.Message)
        {
            case SipResponse response:
                if (_clients.TryGetValue(TransactionKey.ForResponse(response), out var client)) client.Receive(response);
                else user.OnStrayResponse(response, inbound.Source);
                break;
            case SipRequest request:
                OnRequest(request, inbound.Source);
                break;
        }
        return ValueTask.CompletedTask;
    }

    private void OnRequest(SipRequest request, SipEndPoint source)
    {
        var key = TransactionKey.ForRequest(request);
        if (_servers.TryGetValue(key, out var existing))
        {
            if (!existing.Receive(request) && request.Method == SipMethods.Ack) user.OnAck(request, source);
            return;
        }
        if (request.Method == SipMethods.Ack)
        {
            user.OnAck(request, source);
            return;
        }
        ServerTransaction created = request.Method == SipMethods.Invite
            ? new InviteServerTransaction(request, source, sender, timers, time)
            : new NonInviteServerTransaction(request, source, sender, timers, time);
        if (!_servers.TryAdd(key, created)) return;
        created.OnTerminated(t => _servers.TryRemove(new KeyValuePair<string, ServerTransaction>(t.Key, t)));
        user.OnRequest(created);
    }

    /// <summary>The INVITE server transaction a CANCEL names, if it is still alive.</summary>
    public InviteServerTransaction? FindInvite(SipRequest cancel) =>
        _servers.TryGetValue(TransactionKey.InviteFor(cancel), out var t) ? t as InviteServerTransaction : null;

    /// <summary>Starts a client transaction for the request (INVITE or not) towards the destination.</summary>
    public ClientTransaction Send(SipRequest request, SipEndPoint destination, IClientTransactionUser? transactionUser = null)
    {
        ClientTransaction transaction = request.Method == SipMethods.Invite
            ? new InviteClientTransaction(request, destination, sender, timers, time, transactionUser)
            : new NonInviteClientTransaction(request, destination, sender, timers, time, transactionUser);
        _clients[transaction.Key] = transaction;
        transaction.OnTerminated(t => _clients.TryRemove(new KeyValuePair<string, ClientTransaction>(t.Key, t)));
        transaction.Start();
        return transaction;
    }

    /// <summary>Sends a message outside any transaction (a 2xx ACK, a 2xx retransmission).</summary>
    public void SendStateless(SipMessage message, SipEndPoint destination) => sender.Post(message, destination);
}
