namespace Outreach.Surveys.Model;

/// <summary>Marks a "say this" step as read, so the walk (and an audit of what was said) knows it was passed.</summary>
public sealed record AcknowledgedAnswer : AnswerValue
{
    /// <summary>The one instance.</summary>
    public static AcknowledgedAnswer Instance { get; } = new();

    /// <inheritdoc />
    public override string Canonical => "ack";
}
