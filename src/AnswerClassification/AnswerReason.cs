namespace Outreach.AnswerClassification;

/// <summary>Why a decision was made: which detector or rule fired.</summary>
public enum AnswerReason
{
    /// <summary>No speech for the initial-silence limit.</summary>
    InitialSilence,

    /// <summary>The greeting's speech ran past the greeting limit.</summary>
    LongGreeting,

    /// <summary>More words than a person says on picking up.</summary>
    MaximumWords,

    /// <summary>Speech then a silence long enough to be a person waiting.</summary>
    AfterGreetingSilence,

    /// <summary>Speech then a beep.</summary>
    Beep,

    /// <summary>A fax calling tone.</summary>
    FaxCng,

    /// <summary>A fax answer tone.</summary>
    FaxCed,

    /// <summary>Special information tones.</summary>
    SpecialInformationTone,

    /// <summary>The trained model's probability passed its threshold.</summary>
    Model,

    /// <summary>Nothing was sure by the analysis time limit.</summary>
    TimeLimit,
}
