using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>What the validator may assume about the world outside the survey.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: the standard subscriber fields.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Subscriber fields that texts and conditions may use (case-insensitive).</summary>
    public IReadOnlySet<string> KnownFields { get; init; } = SubscriberFields.Standard;

    /// <summary>Stop after this many issues, so a broken 2,000-step import gives a readable list.</summary>
    public int MaxIssues { get; init; } = 500;
}
