namespace Outreach.Surveys.Model;

/// <summary>One step of a survey script: a question or a text to read, with the transitions that choose the next step.</summary>
public sealed record Step
{
    /// <summary>Unique id within the survey; transitions, conditions and stored answers refer to it.</summary>
    public required string Id { get; init; }

    /// <summary>What the step asks for.</summary>
    public required StepKind Kind { get; init; }

    /// <summary>The text to read or show; may hold personal fields such as {FirstName}.</summary>
    public string Text { get; init; } = "";

    /// <summary>Options of a choice step, in display order; empty for other kinds (yes/no options are implicit).</summary>
    public IReadOnlyList<StepOption> Options { get; init; } = [];

    /// <summary>Smallest accepted answer of a number step.</summary>
    public long? Min { get; init; }

    /// <summary>Largest accepted answer of a number step.</summary>
    public long? Max { get; init; }

    /// <summary>Outgoing transitions, tried in order; a default applies only when none of the others does.</summary>
    public IReadOnlyList<Transition> Transitions { get; init; } = [];

    /// <summary>An end step closes the survey: it has no transitions and Finish is allowed on it.</summary>
    public bool IsEnd { get; init; }

    /// <summary>The option ids an answer may use: the declared ones, or "yes"/"no" for a yes/no step.</summary>
    public IEnumerable<string> OptionIds =>
        Kind == StepKind.YesNo ? YesNoOptions : Options.Select(option => option.Id);

    /// <summary>True for the kinds that pick from options.</summary>
    public bool HasOptions => Kind is StepKind.SingleChoice or StepKind.MultipleChoice or StepKind.YesNo;

    private static readonly string[] YesNoOptions = ["yes", "no"];
}
