namespace Outreach.Surveys.Runtime;

/// <summary>Why a navigator call was refused.</summary>
public enum NavigationErrorCode
{
    /// <summary>The session is completed or cancelled.</summary>
    SessionClosed,
    /// <summary>Answer was given for a step other than the one shown (a stale screen or a double submit).</summary>
    NotCurrentStep,
    /// <summary>ChangeAnswer named a step that has no answer on the path.</summary>
    NotAnswered,
    /// <summary>The value does not suit the step (wrong kind, unknown option, out of range, too long).</summary>
    InvalidAnswer,
    /// <summary>Back at the first step.</summary>
    AtFirstStep,
    /// <summary>Finish before reaching (and answering) an end step.</summary>
    NotAtEnd,
    /// <summary>Restore was called on a walk that already has answers.</summary>
    AlreadyStarted,
    /// <summary>Restored answers belong to another survey or version.</summary>
    VersionMismatch,
}
