namespace Outreach.AnswerClassification;

/// <summary>What answered a call, as told from its first seconds of audio.</summary>
public enum AnswerKind
{
    /// <summary>A person: put through to an agent at once.</summary>
    Human,

    /// <summary>An answering machine or voicemail greeting.</summary>
    Machine,

    /// <summary>A fax machine (CNG or CED/ANS tone).</summary>
    Fax,

    /// <summary>A carrier intercept: special information tones, then an announcement.</summary>
    Sit,

    /// <summary>Dead air: nothing but line noise for the initial-silence limit.</summary>
    Silence,

    /// <summary>Nothing was sure by the analysis time limit.</summary>
    Unknown,
}
