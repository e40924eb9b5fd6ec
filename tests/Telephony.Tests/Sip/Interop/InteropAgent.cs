using Microsoft.Extensions.Logging;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>Our user agent on a real loopback socket, for tests against real peers.</summary>
internal static class InteropAgent
{
    public static SipUserAgent Start(SipUserAgentOptions? options = null, Outreach.Telephony.Sip.Registrar.IRegistrar? registrar = null, ILoggerFactory? loggers = null, int? rtpPort = null)
    {
        var o = options ?? new SipUserAgentOptions();
        if (o.Transport.UdpAddress == new SipTransportOptions().UdpAddress) o = o with { Transport = o.Transport with { UdpAddress = "127.0.0.1:0" } };
        var port = 40_000;
        return SipUserAgent.Start(o, loggers ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, TimeProvider.System,
            () => new PlainSdpSession(rtpPort ?? Interlocked.Increment(ref port) % 20_000 + 30_000), registrar);
    }

    public static SipUri Uri(int port, string user = "service") => SipUri.ForSip(user, "127.0.0.1", port);
}
