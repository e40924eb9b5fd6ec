namespace Outreach.Telephony.Sip.Dialogs;

/// <summary>The states of a dialog (RFC 3261 §12): early on a provisional with a To tag, confirmed on a 2xx, terminated by BYE or failure.</summary>
public enum DialogState
{
    Early,
    Confirmed,
    Terminated,
}
