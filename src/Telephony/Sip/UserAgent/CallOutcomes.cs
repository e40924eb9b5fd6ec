using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>The one place where SIP final responses become the engine's network outcomes.</summary>
public static class CallOutcomes
{
    /// <summary>486/600 busy; 404/484/604 invalid; 480/408/487 (ring limit) no answer; 500/503 congestion; 403/603 rejected; 2xx answered; anything else failed.</summary>
    public static NetworkOutcome ForStatus(int status) => status switch
    {
        >= 200 and < 300 => NetworkOutcome.Answered,
        SipStatus.BusyHere or SipStatus.BusyEverywhere => NetworkOutcome.Busy,
        SipStatus.NotFound or 484 or 604 => NetworkOutcome.Invalid,
        SipStatus.TemporarilyUnavailable or SipStatus.RequestTimeout or SipStatus.RequestTerminated => NetworkOutcome.NoAnswer,
        SipStatus.ServerInternalError or SipStatus.ServiceUnavailable => NetworkOutcome.Congestion,
        SipStatus.Forbidden or SipStatus.Decline => NetworkOutcome.Rejected,
        _ => NetworkOutcome.Failed,
    };
}
