using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>What the transaction layer hands to the layer above (the user agent core).</summary>
public interface ITransactionUser
{
    /// <summary>A new request with its server transaction (retransmissions never come here).</summary>
    void OnRequest(ServerTransaction transaction);

    /// <summary>An ACK for a 2xx (end to end, no transaction of its own).</summary>
    void OnAck(SipRequest ack, SipEndPoint source);

    /// <summary>A response no client transaction owns: a retransmitted 2xx after the INVITE transaction ended, or a stray.</summary>
    void OnStrayResponse(SipResponse response, SipEndPoint source);
}
