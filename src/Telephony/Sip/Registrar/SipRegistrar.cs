using System.Globalization;
using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Registrar;

/// <summary>A small registrar for agent phones (RFC 3261 §10.3): digest-authenticated REGISTER binds contacts to the user's address of record until they expire. Pure: time and the nonce key are given.</summary>
public sealed class SipRegistrar : IRegistrar
{
    private readonly RegistrarOptions _options;
    private readonly TimeProvider _time;
    private readonly DigestVerifier _verifier;
    private readonly Dictionary<string, List<Binding>> _bindings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>A registrar over a credential store; <paramref name="nonceKey"/> signs nonces.</summary>
    public SipRegistrar(RegistrarOptions options, CredentialStore credentials, TimeProvider time, byte[] nonceKey)
    {
        _options = options;
        _time = time;
        _verifier = new DigestVerifier(credentials, new NonceIssuer(nonceKey, time, options.NonceLifetime), options.Algorithms);
    }

    /// <summary>The address of record of a URI: scheme, user and host, lower-case host, no parameters.</summary>
    public static string AddressOfRecord(SipUri uri) => uri.Scheme + ":" + (uri.User is null ? "" : SipText.Unescape(uri.User) + "@") + uri.Host.ToLowerInvariant();

    /// <summary>The live bindings of an address of record.</summary>
    public IReadOnlyList<Binding> Bindings(string addressOfRecord)
    {
        lock (_gate) return Live(addressOfRecord).ToList();
    }

    /// <inheritdoc />
    public SipResponse Register(SipRequest request, string toTag)
    {
        var aor = AddressOfRecord(request.To.Uri);
        if (_options.RequireAuthentication)
        {
            var (verdict, user) = _verifier.Verify(request);
            if (verdict is DigestVerdict.Challenge or DigestVerdict.Stale)
                return SipResponses.For(request, SipStatus.Unauthorized, toTag, extra: _verifier.Challenges(verdict == DigestVerdict.Stale));
            if (verdict == DigestVerdict.Forbidden || !string.Equals(user, request.To.Uri.UnescapedUser, StringComparison.Ordinal))
                return SipResponses.For(request, SipStatus.Forbidden, toTag, "Forbidden (credentials do not match the address of record)");
        }
        lock (_gate)
        {
            var refusal = Update(request, aor, toTag);
            return refusal ?? Bound(request, aor, toTag);
        }
    }

    private SipResponse? Update(SipRequest request, string aor, string toTag)
    {
        var values = request.Headers.Values(SipHeaderNames.Contact).ToList();
        var headerExpires = request.Number(SipHeaderNames.Expires);
        if (values.Contains("*"))
        {
            if (values.Count != 1 || headerExpires != 0) return SipResponses.For(request, SipStatus.BadRequest, toTag, "Bad Request (* needs Expires: 0 and no other contact)");
            _bindings.Remove(aor);
            return null;
        }
        var list = Live(aor).ToList();
        var now = _time.GetUtcNow();
        foreach (var contact in request.Contacts)
        {
            var expires = contact.Parameters.Get("expires") is { } e ? long.Parse(e, CultureInfo.InvariantCulture) : headerExpires ?? _options.DefaultExpiresSeconds;
            if (expires > 0 && expires < _options.MinExpiresSeconds)
                return SipResponses.For(request, SipStatus.IntervalTooBrief, toTag, extra: new SipHeaders([new SipHeader(SipHeaderNames.MinExpires, _options.MinExpiresSeconds.ToString(CultureInfo.InvariantCulture))]));
            var key = contact.Uri.ToString();
            var existing = list.FindIndex(b => b.Contact.Uri.ToString() == key);
            // §10.3 step 7: a replayed or reordered REGISTER of the same Call-ID does not move a binding back.
            if (existing >= 0 && list[existing].CallId == request.CallId && list[existing].CSeq >= request.CSeq.Number) continue;
            if (existing >= 0) list.RemoveAt(existing);
            if (expires == 0) continue;
            var granted = Math.Min(expires, _options.MaxExpiresSeconds);
            list.Add(new Binding(aor, contact with { Parameters = contact.Parameters.Without("expires") }, request.CallId, request.CSeq.Number, now.AddSeconds(granted)));
        }
        _bindings[aor] = list;
        return null;
    }

    private SipResponse Bound(SipRequest request, string aor, string toTag)
    {
        var now = _time.GetUtcNow();
        var extra = Live(aor).Select(b => new SipHeader(SipHeaderNames.Contact,
            (b.Contact with { Parameters = b.Contact.Parameters.With("expires", ((long)Math.Ceiling((b.Expires - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture)) }).ToString()))
            .Append(new SipHeader(SipHeaderNames.Date, now.ToString("r", CultureInfo.InvariantCulture)));
        return SipResponses.For(request, SipStatus.Ok, toTag, extra: new SipHeaders(extra));
    }

    private IEnumerable<Binding> Live(string aor)
    {
        var now = _time.GetUtcNow();
        if (!_bindings.TryGetValue(aor, out var list)) return [];
        list.RemoveAll(b => b.Expires <= now);
        return list;
    }
}
