using System.Globalization;

namespace Outreach.Surveys.Model;

/// <summary>What was answered at a step; <see cref="Canonical"/> is the stable text form for storage and export.</summary>
public abstract record AnswerValue
{
    /// <summary>The value as invariant text: option ids joined by ',', a whole number, the text, yyyy-MM-dd, or "ack".</summary>
    public abstract string Canonical { get; }

    /// <summary>A single-choice (or yes/no) answer.</summary>
    public static AnswerValue Choice(string optionId) => new ChoiceAnswer([optionId]);

    /// <summary>A multiple-choice answer.</summary>
    public static AnswerValue Choices(params string[] optionIds) => new ChoiceAnswer(optionIds);

    /// <summary>The "yes" answer of a yes/no step.</summary>
    public static AnswerValue Yes { get; } = new ChoiceAnswer(["yes"]);

    /// <summary>The "no" answer of a yes/no step.</summary>
    public static AnswerValue No { get; } = new ChoiceAnswer(["no"]);

    /// <summary>A number answer.</summary>
    public static AnswerValue Number(long value) => new NumberAnswer(value);

    /// <summary>A free-text answer.</summary>
    public static AnswerValue Text(string value) => new TextAnswer(value);

    /// <summary>A date answer.</summary>
    public static AnswerValue Date(DateOnly value) => new DateAnswer(value);

    /// <summary>The acknowledgement of a "say this" step.</summary>
    public static AnswerValue Acknowledged => AcknowledgedAnswer.Instance;

    /// <summary>Reads the canonical (or typed-in) text of an answer for a step of the given kind; null with an error when it does not fit.</summary>
    public static AnswerValue? Parse(StepKind kind, string raw, out string? error)
    {
        error = null;
        raw = raw.Trim();
        switch (kind)
        {
            case StepKind.Say:
                return Acknowledged;
            case StepKind.Text:
                return Text(raw);
            case StepKind.Number when long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                return Number(number);
            case StepKind.Date when DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return Date(date);
            case StepKind.SingleChoice or StepKind.YesNo or StepKind.MultipleChoice when raw.Length > 0:
                return new ChoiceAnswer(raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        error = kind switch
        {
            StepKind.Number => $"'{raw}' is not a whole number",
            StepKind.Date => $"'{raw}' is not a date in the form yyyy-MM-dd",
            _ => "no option was chosen",
        };
        return null;
    }
}
