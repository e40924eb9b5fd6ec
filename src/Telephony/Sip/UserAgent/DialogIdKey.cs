namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>The dialog table key of a call ("call-id;local-tag;remote-tag").</summary>
internal readonly record struct DialogIdKey(string Value)
{
    public static DialogIdKey Of(Dialogs.DialogId id) => new(id.ToString());
}
