namespace Outreach.Dialer.Pacing;

/// <summary>Creates the pacer of a dialing mode.</summary>
public static class PacerFactory
{
    /// <summary>A new pacer (pacers keep state: one per campaign).</summary>
    public static IPacer Create(DialingMode mode, PacingOptions options, TimeProvider time) => mode switch
    {
        DialingMode.Preview => new PreviewPacer(),
        DialingMode.Progressive => new ProgressivePacer(),
        DialingMode.Power => new PowerPacer(options.PowerRatio),
        DialingMode.Adaptive => new AdaptivePacer(options, time),
        DialingMode.Predictive => new PredictivePacer(options, time),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown dialing mode."),
    };
}
