using System.Globalization;

namespace Outreach.Surveys.Model;

/// <summary>A whole number given at a number step.</summary>
public sealed record NumberAnswer(long Value) : AnswerValue
{
    /// <inheritdoc />
    public override string Canonical => Value.ToString(CultureInfo.InvariantCulture);
}
