using Microsoft.Extensions.Logging;

namespace Outreach.Telephony.Sip.Transport;

/// <summary>The transport's log lines (source-generated: they sit on the receive path).</summary>
internal static partial class TransportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "SIP transport listening on {EndPoint}")]
    public static partial void Listening(ILogger logger, SipEndPoint endPoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a bad message from {Source}: {Reason}")]
    public static partial void DroppedBad(ILogger logger, SipEndPoint source, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a {Size}-octet message from {Source}: larger than {Max}")]
    public static partial void DroppedLarge(ILogger logger, SipEndPoint source, int size, int max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Source} is sending faster than its limit; its messages are dropped until it slows down")]
    public static partial void Limiting(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receive on {EndPoint} failed; the loop goes on")]
    public static partial void ReceiveFailed(ILogger logger, Exception error, SipEndPoint endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling a message from {Source} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception error, SipEndPoint source);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Send to {Destination} failed: {Reason}")]
    public static partial void SendFailed(ILogger logger, SipEndPoint destination, string reason);
}
