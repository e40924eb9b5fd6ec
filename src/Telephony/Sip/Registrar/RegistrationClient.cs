using System.Globalization;
using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Sip.Registrar;

/// <summary>Where and as whom to register, and for how long.</summary>
public sealed record RegistrationOptions(SipUri Registrar, string User, SipCredentials? Credentials)
{
    /// <summary>Asked-for registration length.</summary>
    public TimeSpan Expires { get; init; } = TimeSpan.FromHours(1);
}

/// <summary>The state of a registration.</summary>
public enum RegistrationState
{
    Unregistered,
    Registered,
    Failed,
}

/// <summary>Registers a user agent's contact (RFC 3261 §10.2), answering challenges, and refreshes before the granted time runs out; unregisters with Expires: 0.</summary>
public sealed class RegistrationClient : IDisposable
{
    private readonly SipUserAgent _agent;
    private readonly RegistrationOptions _options;
    private readonly string _callId;
    private readonly NameAddress _aor;
    private long _cseq;
    private ITimer? _refresh;
    private TimeSpan _asked;

    /// <summary>A client for one address of record; nothing is sent until <see cref="RegisterAsync"/>.</summary>
    public RegistrationClient(SipUserAgent agent, RegistrationOptions options)
    {
        _agent = agent;
        _options = options;
        _asked = options.Expires;
        _callId = agent.Core.Ids.NewCallId(agent.Core.Host);
        _aor = new NameAddress(null, SipUri.ForSip(options.User, options.Registrar.Host), SipParameters.Empty);
    }

    /// <summary>The current state.</summary>
    public RegistrationState State { get; private set; }

    /// <summary>What the registrar granted last.</summary>
    public TimeSpan Granted { get; private set; }

    /// <summary>How many REGISTERs succeeded (the first and each refresh).</summary>
    public int Registrations { get; private set; }

    /// <summary>Registers now and keeps the registration refreshed; returns the final response.</summary>
    public async Task<SipResponse> RegisterAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(_asked, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == SipStatus.IntervalTooBrief && response.Number(SipHeaderNames.MinExpires) is { } min)
        {
            _asked = TimeSpan.FromSeconds(min);
            response = await SendAsync(_asked, cancellationToken).ConfigureAwait(false);
        }
        if (!response.IsSuccess)
        {
            State = RegistrationState.Failed;
            return response;
        }
        State = RegistrationState.Registered;
        Registrations++;
        Granted = GrantedFor(response);
        // Refresh at half the granted time, so one lost REGISTER still leaves room to retry before the binding ends.
        var due = Granted / 2;
        _refresh?.Dispose();
        _refresh = _agent.Core.Time.CreateTimer(_ => _ = RegisterAsync(CancellationToken.None), null, due, Timeout.InfiniteTimeSpan);
        return response;
    }

    /// <summary>Removes the binding (Expires: 0) and stops refreshing.</summary>
    public async Task<SipResponse> UnregisterAsync(CancellationToken cancellationToken)
    {
        _refresh?.Dispose();
        var response = await SendAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        State = RegistrationState.Unregistered;
        return response;
    }

    private Task<SipResponse> SendAsync(TimeSpan expires, CancellationToken cancellationToken)
    {
        var destination = _agent.Core.OutOfDialogDestination(_options.Registrar);
        if (destination is null) return Task.FromResult(new SipResponse(SipStatus.NotFound, "Not Found (registrar does not resolve)", SipHeaders.Empty, default));
        return _agent.RequestAsync(() => Build(expires, destination.Transport), destination, _options.Credentials, cancellationToken);
    }

    private SipRequest Build(TimeSpan expires, Transport.SipTransportKind transport)
    {
        var core = _agent.Core;
        var seconds = ((long)expires.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return new SipRequest(SipMethods.Register, SipUri.ForSip(null, _options.Registrar.Host, _options.Registrar.Port), new SipHeaders([
            new SipHeader(SipHeaderNames.Via, core.NewVia(transport).ToString()),
            new SipHeader(SipHeaderNames.MaxForwards, "70"),
            new SipHeader(SipHeaderNames.From, _aor.WithTag(core.Ids.NewTag()).ToString()),
            new SipHeader(SipHeaderNames.To, _aor.ToString()),
            new SipHeader(SipHeaderNames.CallId, _callId),
            new SipHeader(SipHeaderNames.CSeq, new CSeq(Interlocked.Increment(ref _cseq), SipMethods.Register).ToString()),
            new SipHeader(SipHeaderNames.Contact, core.ContactFor(transport).ToString()),
            new SipHeader(SipHeaderNames.Expires, seconds),
            new SipHeader(SipHeaderNames.UserAgent, core.Options.Product)]), ReadOnlyMemory<byte>.Empty);
    }

    // The registrar's word on our contact wins over the Expires header (§10.2.4).
    private TimeSpan GrantedFor(SipResponse response)
    {
        var ours = _agent.Core.Contact.Uri.ToString();
        var mine = response.Contacts.FirstOrDefault(c => c.Uri.ToString() == ours);
        var seconds = mine?.Parameters.Get("expires") is { } e && long.TryParse(e, CultureInfo.InvariantCulture, out var s) ? s
            : response.Number(SipHeaderNames.Expires) ?? (long)_asked.TotalSeconds;
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>Stops refreshing (without unregistering).</summary>
    public void Dispose() => _refresh?.Dispose();
}
