using System.Net;
using System.Net.Sockets;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>Turns a SIP URI into the end point to send to (RFC 3263 reduced: maddr, then host; no SRV or NAPTR), port 5060 by default.</summary>
public static class SipUriResolver
{
    /// <summary>The end point, or null when the host does not resolve.</summary>
    public static SipEndPoint? Resolve(SipUri uri)
    {
        var transport = string.Equals(uri.Parameters.Get("transport"), "tcp", StringComparison.OrdinalIgnoreCase) ? SipTransportKind.Tcp : SipTransportKind.Udp;
        var host = uri.Parameters.Get("maddr") ?? uri.Host;
        var port = uri.Port ?? 5060;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var ip)) return new SipEndPoint(transport, new IPEndPoint(ip, port));
        try
        {
            var address = Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? Dns.GetHostAddresses(host).FirstOrDefault();
            return address is null ? null : new SipEndPoint(transport, new IPEndPoint(address, port));
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
