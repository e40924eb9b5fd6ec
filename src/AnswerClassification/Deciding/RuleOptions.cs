namespace Outreach.AnswerClassification.Deciding;

/// <summary>
/// The rule baseline's settings, named and defaulted as Asterisk's app_amd; the first two and the silence
/// threshold are also the limits every decider works under.
/// </summary>
public sealed record RuleOptions
{
    /// <summary>No speech for this long from the answer: dead air (app_amd calls it a machine).</summary>
    public int InitialSilenceMilliseconds { get; init; } = 2500;

    /// <summary>Speech in the greeting longer than this: a machine.</summary>
    public int GreetingMilliseconds { get; init; } = 1500;

    /// <summary>Silence this long after speech: a person waiting for an answer.</summary>
    public int AfterGreetingSilenceMilliseconds { get; init; } = 800;

    /// <summary>Undecided after this much audio: unknown.</summary>
    public int TotalAnalysisMilliseconds { get; init; } = 5000;

    /// <summary>Speech shorter than this is not a word.</summary>
    public int MinimumWordMilliseconds { get; init; } = 100;

    /// <summary>Silence this long ends a word.</summary>
    public int BetweenWordsSilenceMilliseconds { get; init; } = 50;

    /// <summary>More words than this: a machine.</summary>
    public int MaximumWords { get; init; } = 2;

    /// <summary>
    /// A frame quieter than this (dB full scale) is silence whatever the noise floor. app_amd's 256 (mean absolute
    /// sample) is about -40 dBFS; we go lower because the adaptive floor does the main work and quiet lines exist.
    /// </summary>
    public float SilenceThresholdDb { get; init; } = -55f;

    /// <summary>A frame counts as sound only this far (dB) above the adaptive noise floor.</summary>
    public float VoiceMarginDb { get; init; } = 9f;

    /// <summary>Problems that make the options unusable, in words; empty when they are fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        int[] positive = [InitialSilenceMilliseconds, GreetingMilliseconds, AfterGreetingSilenceMilliseconds,
            TotalAnalysisMilliseconds, MinimumWordMilliseconds, BetweenWordsSilenceMilliseconds];
        if (positive.Any(v => v <= 0))
            problems.Add("Every duration must be positive.");
        if (MaximumWords < 1)
            problems.Add("The maximum number of words must be at least 1.");
        if (VoiceMarginDb < 0)
            problems.Add("The voice margin cannot be negative.");
        return problems;
    }
}
