namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>A background analysis run (clustering, patterns, propensity) as stored: where it is and what it found.</summary>
public sealed record AnalysisJob
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    public required long Id { get; init; }
    public required string Kind { get; init; }
    public required string Status { get; init; }
    public required string Stage { get; init; }
    public required float Progress { get; init; }

    /// <summary>What the run was asked for, as JSON.</summary>
    public required string Parameters { get; init; }

    /// <summary>What the run found, as JSON; null until it is done.</summary>
    public string? Result { get; init; }

    public string? Error { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTime RequestedAt { get; init; }
    public DateTime? StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }

    /// <summary>Queued or running: a refresh must wait for it.</summary>
    public bool IsActive => Status is Queued or Running;
}
