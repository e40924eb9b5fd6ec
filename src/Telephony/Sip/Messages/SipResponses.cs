namespace Outreach.Telephony.Sip.Messages;

/// <summary>Builds responses to requests (RFC 3261 §8.2.6): Via, From, To, Call-ID and CSeq copied, a To tag added for anything but 100.</summary>
public static class SipResponses
{
    private static readonly string[] Copied = [SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq];

    /// <summary>A response to a parsed request; <paramref name="toTag"/> is added to To when it has none.</summary>
    public static SipResponse For(SipRequest request, int code, string? toTag = null, string? reason = null, SipHeaders? extra = null, ReadOnlyMemory<byte> body = default)
    {
        var headers = CopyFrom(request.Headers);
        if (toTag is not null && code != SipStatus.Trying && request.To.Tag is null)
            headers = headers.Set(SipHeaderNames.To, request.To.WithTag(toTag).ToString());
        foreach (var h in extra ?? SipHeaders.Empty) headers = headers.Add(h.Name, h.Value);
        return new SipResponse(code, reason ?? SipStatus.Reason(code), headers, body);
    }

    private const string LocalTimeoutReason = "Request Timeout (no response";

    /// <summary>The 408 a client transaction makes up when nothing answered (never sent on the wire).</summary>
    public static SipResponse LocalTimeout(SipRequest request, string detail) =>
        For(request, SipStatus.RequestTimeout, reason: LocalTimeoutReason + detail + ")");

    /// <summary>True for a 408 made up here because nothing answered, as opposed to one a peer sent.</summary>
    public static bool IsLocalTimeout(SipResponse response) =>
        response.StatusCode == SipStatus.RequestTimeout && response.Reason.StartsWith(LocalTimeoutReason, StringComparison.Ordinal);

    /// <summary>The 400 (or 505) for a request the parser refused, carrying the reason; null when it cannot be answered.</summary>
    public static SipResponse? ForRefused(SipParseError error)
    {
        if (!error.Answerable) return null;
        var reason = SipStatus.Reason(error.StatusCode) + " (" + Sanitize(error.Reason) + ")";
        return new SipResponse(error.StatusCode, reason, CopyFrom(error.Headers), ReadOnlyMemory<byte>.Empty);
    }

    private static SipHeaders CopyFrom(SipHeaders source) =>
        new(source.Where(h => Copied.Contains(h.Name, StringComparer.OrdinalIgnoreCase)));

    // A reason phrase is one line of text.
    private static string Sanitize(string reason) => new(reason.Where(c => c >= ' ' && c != 0x7F).ToArray());
}
