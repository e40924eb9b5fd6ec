namespace Outreach.Telephony;

/// <summary>Who or what answered, as classified from the first seconds of audio (D3).</summary>
public enum AnswerClass
{
    Human,
    Machine,
    Fax,
    Unknown,
}
