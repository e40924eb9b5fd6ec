namespace Outreach.Surveys.Runtime;

/// <summary>Where a survey session stands.</summary>
public enum SessionStatus
{
    /// <summary>Being answered.</summary>
    InProgress,
    /// <summary>Finished at an end step.</summary>
    Completed,
    /// <summary>Stopped early; the answers given so far stay recorded.</summary>
    Cancelled,
}
