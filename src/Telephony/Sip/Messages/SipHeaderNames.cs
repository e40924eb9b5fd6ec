namespace Outreach.Telephony.Sip.Messages;

/// <summary>Header names in their canonical spelling, the compact forms (RFC 3261 §7.3.3 and extensions) and which headers may appear once only.</summary>
public static class SipHeaderNames
{
    public const string Via = "Via";
    public const string From = "From";
    public const string To = "To";
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string Contact = "Contact";
    public const string MaxForwards = "Max-Forwards";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string ContentDisposition = "Content-Disposition";
    public const string Route = "Route";
    public const string RecordRoute = "Record-Route";
    public const string Require = "Require";
    public const string ProxyRequire = "Proxy-Require";
    public const string Supported = "Supported";
    public const string Unsupported = "Unsupported";
    public const string Accept = "Accept";
    public const string Allow = "Allow";
    public const string Expires = "Expires";
    public const string MinExpires = "Min-Expires";
    public const string RetryAfter = "Retry-After";
    public const string Date = "Date";
    public const string Warning = "Warning";
    public const string UserAgent = "User-Agent";
    public const string Server = "Server";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string Authorization = "Authorization";
    public const string ProxyAuthenticate = "Proxy-Authenticate";
    public const string ProxyAuthorization = "Proxy-Authorization";
    public const string Reason = "Reason";

    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["i"] = CallId, ["m"] = Contact, ["e"] = "Content-Encoding", ["l"] = ContentLength, ["c"] = ContentType,
        ["f"] = From, ["s"] = "Subject", ["k"] = Supported, ["t"] = To, ["v"] = Via, ["o"] = "Event",
        ["u"] = "Allow-Events", ["r"] = "Refer-To", ["b"] = "Referred-By", ["x"] = "Session-Expires",
        ["a"] = "Accept-Contact", ["j"] = "Reject-Contact", ["d"] = "Request-Disposition", ["y"] = "Identity",
        ["n"] = "Identity-Info",
        [Via] = Via, [From] = From, [To] = To, [CallId] = CallId, [CSeq] = CSeq, [Contact] = Contact,
        [MaxForwards] = MaxForwards, [ContentLength] = ContentLength, [ContentType] = ContentType,
        [ContentDisposition] = ContentDisposition, [Route] = Route, [RecordRoute] = RecordRoute, [Require] = Require,
        [ProxyRequire] = ProxyRequire, [Supported] = Supported, [Unsupported] = Unsupported, [Accept] = Accept,
        [Allow] = Allow, [Expires] = Expires, [MinExpires] = MinExpires, [RetryAfter] = RetryAfter, [Date] = Date,
        [Warning] = Warning, [UserAgent] = UserAgent, [Server] = Server, [WwwAuthenticate] = WwwAuthenticate,
        [Authorization] = Authorization, [ProxyAuthenticate] = ProxyAuthenticate,
        [ProxyAuthorization] = ProxyAuthorization, [Reason] = Reason,
    };

    /// <summary>Headers a message may carry once only (RFC 4475 §3.3.8 and §3.3.9 reject repeats).</summary>
    public static readonly IReadOnlySet<string> SingleValued = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        From, To, CallId, CSeq, MaxForwards, ContentLength, ContentType, Expires,
    };

    /// <summary>The canonical spelling of a known name or compact form; an unknown name as written.</summary>
    public static string Canonicalize(string name) => Canonical.TryGetValue(name, out var canonical) ? canonical : name;
}
