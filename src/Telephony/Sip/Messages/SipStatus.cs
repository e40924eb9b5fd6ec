namespace Outreach.Telephony.Sip.Messages;

/// <summary>The status codes this stack sends or acts on and their reason phrases (RFC 3261 §21).</summary>
public static class SipStatus
{
    public const int Trying = 100;
    public const int Ringing = 180;
    public const int SessionProgress = 183;
    public const int Ok = 200;
    public const int MovedTemporarily = 302;
    public const int BadRequest = 400;
    public const int Unauthorized = 401;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int MethodNotAllowed = 405;
    public const int NotAcceptable = 406;
    public const int ProxyAuthenticationRequired = 407;
    public const int RequestTimeout = 408;
    public const int UnsupportedMediaType = 415;
    public const int UnsupportedUriScheme = 416;
    public const int BadExtension = 420;
    public const int IntervalTooBrief = 423;
    public const int TemporarilyUnavailable = 480;
    public const int CallDoesNotExist = 481;
    public const int TooManyHops = 483;
    public const int BusyHere = 486;
    public const int RequestTerminated = 487;
    public const int NotAcceptableHere = 488;
    public const int RequestPending = 491;
    public const int ServerInternalError = 500;
    public const int NotImplemented = 501;
    public const int ServiceUnavailable = 503;
    public const int VersionNotSupported = 505;
    public const int MessageTooLarge = 513;
    public const int BusyEverywhere = 600;
    public const int Decline = 603;

    /// <summary>The standard reason phrase of a code, or a generic one for its class.</summary>
    public static string Reason(int code) => code switch
    {
        100 => "Trying", 180 => "Ringing", 181 => "Call Is Being Forwarded", 182 => "Queued", 183 => "Session Progress",
        200 => "OK", 202 => "Accepted", 300 => "Multiple Choices", 301 => "Moved Permanently", 302 => "Moved Temporarily",
        305 => "Use Proxy", 380 => "Alternative Service", 400 => "Bad Request", 401 => "Unauthorized",
        402 => "Payment Required", 403 => "Forbidden", 404 => "Not Found", 405 => "Method Not Allowed",
        406 => "Not Acceptable", 407 => "Proxy Authentication Required", 408 => "Request Timeout", 410 => "Gone",
        413 => "Request Entity Too Large", 414 => "Request-URI Too Long", 415 => "Unsupported Media Type",
        416 => "Unsupported URI Scheme", 420 => "Bad Extension", 421 => "Extension Required",
        423 => "Interval Too Brief", 480 => "Temporarily Unavailable", 481 => "Call/Transaction Does Not Exist",
        482 => "Loop Detected", 483 => "Too Many Hops", 484 => "Address Incomplete", 485 => "Ambiguous",
        486 => "Busy Here", 487 => "Request Terminated", 488 => "Not Acceptable Here", 491 => "Request Pending",
        493 => "Undecipherable", 500 => "Server Internal Error", 501 => "Not Implemented", 502 => "Bad Gateway",
        503 => "Service Unavailable", 504 => "Server Time-out", 505 => "Version Not Supported",
        513 => "Message Too Large", 600 => "Busy Everywhere", 603 => "Decline", 604 => "Does Not Exist Anywhere",
        606 => "Not Acceptable",
        < 200 => "Trying", < 300 => "OK", < 400 => "Redirect", < 500 => "Client Error", < 600 => "Server Error",
        _ => "Global Failure",
    };
}
