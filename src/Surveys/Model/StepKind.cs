namespace Outreach.Surveys.Model;

/// <summary>What a step asks for, which decides the answers it accepts and the transitions it may use.</summary>
public enum StepKind
{
    /// <summary>One option out of a list.</summary>
    SingleChoice,
    /// <summary>One or more options out of a list.</summary>
    MultipleChoice,
    /// <summary>A whole number between the step's Min and Max.</summary>
    Number,
    /// <summary>Yes or no; the option ids are "yes" and "no".</summary>
    YesNo,
    /// <summary>Free text.</summary>
    Text,
    /// <summary>A calendar date.</summary>
    Date,
    /// <summary>A text to read ("say this") that takes no answer, only an acknowledgement.</summary>
    Say,
}
