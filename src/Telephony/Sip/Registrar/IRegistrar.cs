using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Registrar;

/// <summary>Answers REGISTER requests (a user agent hands them here when it is also the registrar).</summary>
public interface IRegistrar
{
    /// <summary>The response to a REGISTER (200 with the bindings, 401 challenge, 400/423 refusals).</summary>
    SipResponse Register(SipRequest request, string toTag);
}
