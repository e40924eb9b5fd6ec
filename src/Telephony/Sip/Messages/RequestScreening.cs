namespace Outreach.Telephony.Sip.Messages;

/// <summary>What a user agent server accepts: methods, extensions (option tags) and body types.</summary>
public sealed record ScreeningPolicy(IReadOnlySet<string> Methods, IReadOnlySet<string> Extensions, IReadOnlySet<string> BodyTypes)
{
    /// <summary>A calling user agent: INVITE, ACK, BYE, CANCEL, OPTIONS; SDP bodies; no extensions.</summary>
    public static readonly ScreeningPolicy UserAgent = new(
        new HashSet<string>(SipMethods.Allowed, StringComparer.Ordinal),
        new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(["application/sdp"], StringComparer.OrdinalIgnoreCase));

    /// <summary>The same with REGISTER, for a user agent that is also the registrar.</summary>
    public ScreeningPolicy WithRegistrar() => this with { Methods = new HashSet<string>([.. Methods, SipMethods.Register], StringComparer.Ordinal) };
}

/// <summary>The answers a UAS gives before any dialog logic (RFC 3261 §8.2.1–8.2.3, RFC 4475 §3.3): null lets the request through.</summary>
public static class RequestScreening
{
    private static readonly string[] KnownMethods =
        [SipMethods.Invite, SipMethods.Ack, SipMethods.Bye, SipMethods.Cancel, SipMethods.Options, SipMethods.Register,
         SipMethods.Info, SipMethods.Update, SipMethods.Prack, "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "PUBLISH"];

    /// <summary>The refusal for a request, or null when it may be processed. ACK is never answered.</summary>
    public static SipResponse? Screen(SipRequest request, ScreeningPolicy policy, string toTag)
    {
        if (request.Method == SipMethods.Ack) return null;
        return MethodRefusal(request, policy, toTag)
            ?? UriRefusal(request, toTag)
            ?? ExtensionRefusal(request, policy, toTag)
            ?? BodyRefusal(request, policy, toTag)
            ?? AcceptRefusal(request, policy, toTag);
    }

    private static SipResponse? MethodRefusal(SipRequest request, ScreeningPolicy policy, string toTag)
    {
        if (policy.Methods.Contains(request.Method)) return null;
        var allow = new SipHeaders([new SipHeader(SipHeaderNames.Allow, string.Join(", ", policy.Methods))]);
        var code = KnownMethods.Contains(request.Method) ? SipStatus.MethodNotAllowed : SipStatus.NotImplemented;
        return SipResponses.For(request, code, toTag, extra: allow);
    }

    private static SipResponse? UriRefusal(SipRequest request, string toTag)
    {
        if (!request.Uri.IsSip) return SipResponses.For(request, SipStatus.UnsupportedUriScheme, toTag);
        // A registrar binds SIP addresses of record only (RFC 3261 §10.3 step 5; RFC 4475 §3.3.4).
        if (request.Method == SipMethods.Register && !request.To.Uri.IsSip)
            return SipResponses.For(request, SipStatus.BadRequest, toTag, "Bad Request (To is not a SIP URI)");
        return null;
    }

    private static SipResponse? ExtensionRefusal(SipRequest request, ScreeningPolicy policy, string toTag)
    {
        if (request.Method == SipMethods.Cancel) return null;
        var unsupported = request.Headers.Values(SipHeaderNames.Require).Where(tag => !policy.Extensions.Contains(tag)).ToList();
        if (unsupported.Count == 0) return null;
        var extra = new SipHeaders([new SipHeader(SipHeaderNames.Unsupported, string.Join(", ", unsupported))]);
        return SipResponses.For(request, SipStatus.BadExtension, toTag, extra: extra);
    }

    private static SipResponse? BodyRefusal(SipRequest request, ScreeningPolicy policy, string toTag)
    {
        if (request.Body.IsEmpty || request.ContentType is not { } type || policy.BodyTypes.Contains(type)) return null;
        // A part marked handling=optional may be ignored instead (RFC 3204).
        if (request.Headers.Get(SipHeaderNames.ContentDisposition) is { } d && d.Contains("handling=optional", StringComparison.OrdinalIgnoreCase)) return null;
        var extra = new SipHeaders([new SipHeader(SipHeaderNames.Accept, string.Join(", ", policy.BodyTypes))]);
        return SipResponses.For(request, SipStatus.UnsupportedMediaType, toTag, extra: extra);
    }

    // An INVITE is answered with SDP; one that refuses SDP cannot be answered (RFC 4475 §3.3.15).
    private static SipResponse? AcceptRefusal(SipRequest request, ScreeningPolicy policy, string toTag)
    {
        if (request.Method != SipMethods.Invite || !request.Headers.Has(SipHeaderNames.Accept)) return null;
        var accepted = request.Headers.Values(SipHeaderNames.Accept).Select(a => SipText.TrimLws(a.Split(';')[0]).ToLowerInvariant()).ToList();
        var ok = accepted.Any(a => a is "*/*" or "application/*" || policy.BodyTypes.Contains(a));
        return ok ? null : SipResponses.For(request, SipStatus.NotAcceptable, toTag);
    }
}
