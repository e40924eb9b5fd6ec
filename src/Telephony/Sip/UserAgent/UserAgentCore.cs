using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transactions;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>What every call of one user agent shares: identity, ids, the transaction layer, the dialog table and request sending with digest retries.</summary>
internal sealed class UserAgentCore(SipUserAgentOptions options, ISipSender sender, TimeProvider time, ILogger logger, Func<ISessionBody> sessions)
{
    private readonly ConcurrentDictionary<string, SipCall> _dialogs = new();
    private int _incoming;

    public SipUserAgentOptions Options => options;
    public TimeProvider Time => time;
    public ILogger Logger => logger;
    public SipIds Ids { get; } = new(options.Seed is { } seed ? new Random(seed) : new Random());
    public SipTransactionLayer Layer { get; set; } = null!;
    public Func<ISessionBody> Sessions => sessions;

    public string Host => sender.LocalEndPoint.Address.Address.ToString();

    /// <summary>Our Contact over UDP.</summary>
    public NameAddress Contact => ContactFor(SipTransportKind.Udp);

    /// <summary>Our Contact for a transport: the user at its listening address (transport=tcp for TCP).</summary>
    public NameAddress ContactFor(SipTransportKind transport)
    {
        var ep = sender.LocalFor(transport);
        var parameters = transport == SipTransportKind.Tcp ? new SipParameters([new SipParameter("transport", "tcp")]) : SipParameters.Empty;
        return new NameAddress(null, SipUri.ForSip(options.User, HostText(ep), ep.Address.Port, parameters), SipParameters.Empty);
    }

    /// <summary>A top Via with a fresh branch for a request sent over the transport.</summary>
    public Via NewVia(SipTransportKind transport = SipTransportKind.Udp)
    {
        var ep = sender.LocalFor(transport);
        return Via.Create(transport == SipTransportKind.Tcp ? "TCP" : "UDP", HostText(ep), ep.Address.Port, Ids.NewBranch());
    }

    private static string HostText(SipEndPoint ep) =>
        ep.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + ep.Address.Address + "]" : ep.Address.Address.ToString();

    /// <summary>Where an out-of-dialog request for the target goes: the outbound proxy, else the target's host.</summary>
    public SipEndPoint? OutOfDialogDestination(SipUri target) =>
        options.OutboundProxy is { } proxy ? SipEndPoint.Parse(proxy) : SipUriResolver.Resolve(target);

    public void Register(SipCall call, DialogIdKey key) => _dialogs[key.Value] = call;

    public void Unregister(DialogIdKey key) => _dialogs.TryRemove(key.Value, out _);

    public SipCall? Find(string callId, string? localTag, string? remoteTag) =>
        localTag is null ? null : _dialogs.GetValueOrDefault(callId + ";" + localTag + ";" + remoteTag);

    public int ActiveCalls => _dialogs.Count;

    public int IncomingCalls => Volatile.Read(ref _incoming);

    public bool TryAdmitIncoming()
    {
        if (Interlocked.Increment(ref _incoming) <= options.MaxIncomingCalls) return true;
        Interlocked.Decrement(ref _incoming);
        return false;
    }

    public void ReleaseIncoming() => Interlocked.Decrement(ref _incoming);

    /// <summary>Sends a non-INVITE request built fresh for each attempt; a 401/407 is answered once (again when the nonce went stale).</summary>
    public async Task<SipResponse> RequestAsync(Func<SipRequest> build, SipEndPoint destination, SipCredentials? credentials, CancellationToken cancellationToken)
    {
        var digest = credentials is null ? null : new DigestClient(credentials, Ids.NewCnonce);
        SipHeader? authorization = null;
        for (var attempt = 0; ; attempt++)
        {
            var request = build();
            if (authorization is not null) request = request with { Headers = request.Headers.Add(authorization.Name, authorization.Value) };
            var response = await Layer.Send(request, destination).Final.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is not (SipStatus.Unauthorized or SipStatus.ProxyAuthenticationRequired) || digest is null) return response;
            var challenge = DigestChallenge.Best(response);
            if (challenge is null || (attempt > 0 && !challenge.Stale) || attempt > 2) return response;
            // Method and Request-URI are the same on the rebuilt request, so the digest computed on this one holds for it.
            authorization = digest.Authorize(request, challenge);
        }
    }
}
