namespace Outreach.Surveys.Model;

/// <summary>A survey script: its steps, the first step, and (through the steps) the transitions and end steps.</summary>
public sealed record Survey
{
    /// <summary>Stable id of the survey across its versions.</summary>
    public required string Id { get; init; }

    /// <summary>Title shown to marketers and agents.</summary>
    public required string Title { get; init; }

    /// <summary>Id of the step the walk starts at.</summary>
    public required string FirstStepId { get; init; }

    /// <summary>All steps, in the designer's order (the order has no meaning for the walk).</summary>
    public required IReadOnlyList<Step> Steps { get; init; }

    /// <summary>The step with the id, or null.</summary>
    public Step? FindStep(string id)
    {
        foreach (var step in Steps)
        {
            if (step.Id == id)
            {
                return step;
            }
        }
        return null;
    }
}
