namespace Outreach.Telephony;

/// <summary>How the network ended a call attempt (D3); <see cref="Answered"/> once someone or something picked up.</summary>
public enum NetworkOutcome
{
    Answered,
    Busy,
    NoAnswer,
    Invalid,
    Congestion,
    Rejected,
    Failed,
}
