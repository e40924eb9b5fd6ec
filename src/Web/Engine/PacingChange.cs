using System.Globalization;

namespace Outreach.Web.Engine;

/// <summary>A manager's live change of a campaign's dialling mode and abandon target (M3), checked before the grain sees it.</summary>
public static class PacingChange
{
    /// <summary>The modes a campaign with agents may switch to while it runs (agentless campaigns have no agents to pace for).</summary>
    public static readonly IReadOnlyList<string> Modes = ["preview", "progressive", "power", "adaptive", "predictive"];

    /// <summary>The legal ceiling of the abandon rate (D5), as a fraction.</summary>
    public const decimal MaxTarget = 0.03m;

    /// <summary>Validates a mode and a target given as a fraction (0.025 = 2.5%).</summary>
    public static EngineOutcome Validate(string? mode, decimal? target)
    {
        if (string.IsNullOrWhiteSpace(mode) || !Modes.Contains(mode))
            return EngineOutcome.Invalid("mode", $"Mode must be one of {string.Join(", ", Modes)}; got '{mode}'.");
        if (target is not { } t)
            return EngineOutcome.Invalid("targetAbandonRate", "Give the abandon target as a fraction, e.g. 0.025 for 2.5%.");
        if (t < 0 || t > MaxTarget)
            return EngineOutcome.Invalid("targetAbandonRate",
                string.Create(CultureInfo.InvariantCulture, $"The abandon target must be between 0 and {MaxTarget} (3%); got {t}."));
        return EngineOutcome.Done;
    }
}
