using Microsoft.Extensions.Logging;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>The user agent's log lines.</summary>
internal static partial class UserAgentLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Incoming call refused with 503: {Active} calls are up, the limit is {Limit}")]
    public static partial void Overloaded(ILogger logger, int active, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} from {Source}: {Status} {Reason}")]
    public static partial void Refused(ILogger logger, string method, string source, int status, string reason);
}
