namespace Outreach.Surveys.Model;

/// <summary>Applies when no other transition of the step does.</summary>
public sealed record Otherwise : TransitionCondition
{
    /// <summary>The one instance; the condition carries no data.</summary>
    public static Otherwise Instance { get; } = new();
}
