namespace Outreach.Surveys.Model;

/// <summary>Free text given at a text step; it is stored as given and encoded only when shown.</summary>
public sealed record TextAnswer(string Value) : AnswerValue
{
    /// <inheritdoc />
    public override string Canonical => Value;
}
