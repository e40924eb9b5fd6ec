using System.Globalization;

namespace Outreach.Surveys.Model;

/// <summary>A calendar date given at a date step.</summary>
public sealed record DateAnswer(DateOnly Value) : AnswerValue
{
    /// <inheritdoc />
    public override string Canonical => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
