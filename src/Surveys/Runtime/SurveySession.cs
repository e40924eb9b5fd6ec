using System.Collections.Immutable;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Runtime;

/// <summary>
/// An immutable snapshot of one walk through a survey version: the path from the first step to the frontier,
/// the cursor on it (moved by Back), and the answers, which always belong to steps on the path.
/// </summary>
public sealed record SurveySession
{
    /// <summary>The survey answered.</summary>
    public required string SurveyId { get; init; }

    /// <summary>The pinned version answered; every answer records it too.</summary>
    public required int Version { get; init; }

    /// <summary>In progress, completed or cancelled.</summary>
    public SessionStatus Status { get; init; } = SessionStatus.InProgress;

    /// <summary>Step ids from the first step to the frontier (the first unanswered step, or the end step reached).</summary>
    public required ImmutableArray<string> Path { get; init; }

    /// <summary>Index in <see cref="Path"/> of the step shown now; below the frontier after Back.</summary>
    public int Cursor { get; init; }

    /// <summary>Answers by step id; only steps on <see cref="Path"/> have one.</summary>
    public required ImmutableDictionary<string, Answer> Answers { get; init; }

    /// <summary>The id of the step shown now.</summary>
    public string CurrentStepId => Path[Cursor];

    /// <summary>True while answers can still be given.</summary>
    public bool IsOpen => Status == SessionStatus.InProgress;
}
