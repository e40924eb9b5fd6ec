namespace Outreach.Surveys.Validation;

/// <summary>What is wrong, as a stable code a UI can map to a field or a help text.</summary>
public enum ValidationCode
{
    /// <summary>The survey has no steps.</summary>
    NoSteps,
    /// <summary>More steps than <see cref="Model.SurveyLimits.MaxSteps"/>.</summary>
    TooManySteps,
    /// <summary>An id is empty, too long or has characters other than letters, digits, '_', '-' and '.'.</summary>
    InvalidId,
    /// <summary>Two steps (or two options of a step) share an id.</summary>
    DuplicateId,
    /// <summary>The first step id names no step.</summary>
    MissingFirstStep,
    /// <summary>A transition goes to a step that does not exist.</summary>
    MissingTarget,
    /// <summary>A choice step has no options.</summary>
    EmptyOptions,
    /// <summary>A step that is not a single or multiple choice lists options (yes/no options are implicit).</summary>
    UnexpectedOptions,
    /// <summary>A number step has no Min/Max or Min is above Max.</summary>
    InvalidNumberRange,
    /// <summary>An end step has transitions.</summary>
    EndStepHasTransitions,
    /// <summary>A step that is not an end step has no transitions.</summary>
    NoTransitions,
    /// <summary>A transition's condition does not suit the step kind, or a step has more than one default.</summary>
    TransitionMismatch,
    /// <summary>A transition names an option the step does not have.</summary>
    UnknownOption,
    /// <summary>An option has no transition and the step has no default.</summary>
    UncoveredOption,
    /// <summary>A step with only conditional transitions has no default.</summary>
    MissingDefault,
    /// <summary>A range lies outside the step's Min..Max or has min above max.</summary>
    RangeOutOfBounds,
    /// <summary>Two ranges of a step share numbers.</summary>
    RangeOverlap,
    /// <summary>Numbers of the step's Min..Max that no range covers and no default catches.</summary>
    RangeGap,
    /// <summary>A condition does not parse.</summary>
    InvalidCondition,
    /// <summary>A condition or a text names a subscriber field that is not known.</summary>
    UnknownField,
    /// <summary>A condition reads the answer of a step that is missing, says only, or never comes before it.</summary>
    InvalidAnswerReference,
    /// <summary>No path from the first step reaches the step.</summary>
    Unreachable,
    /// <summary>No path from the step reaches an end step.</summary>
    DeadEnd,
    /// <summary>Steps lead back to themselves.</summary>
    Cycle,
    /// <summary>The survey has no end step.</summary>
    NoEndStep,
    /// <summary>A text, label or list is longer than the limits allow.</summary>
    TooLong,
}
