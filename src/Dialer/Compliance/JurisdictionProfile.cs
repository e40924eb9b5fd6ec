namespace Outreach.Dialer.Compliance;

/// <summary>
/// The calling rules one campaign follows (D5). Start from <see cref="UnitedStates"/> or
/// <see cref="UnitedKingdom"/> and change what the campaign needs with <c>with</c>.
/// </summary>
public sealed record JurisdictionProfile
{
    public required string Name { get; init; }

    /// <summary>Hours in the subscriber's local time.</summary>
    public CallingWindow CallingHours { get; init; } = new(new(8, 0), new(21, 0));

    /// <summary>Attempts to one subscriber in any 24 hours.</summary>
    public int MaxAttemptsPerDay { get; init; } = 3;

    /// <summary>Attempts to one subscriber in any 7 days.</summary>
    public int MaxAttemptsPerWeek { get; init; } = 7;

    public bool CallerIdRequired { get; init; } = true;

    /// <summary>A call must ring at least this long before it counts as not answered.</summary>
    public TimeSpan MinRingTime { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Abandoned calls over live answers, as a fraction (0.03 = 3%).</summary>
    public double MaxAbandonRate { get; init; } = 0.03;

    /// <summary>The rolling period the abandon rate is measured over.</summary>
    public TimeSpan AbandonRatePeriod { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Machine-classified calls later shown to be people count as abandoned.</summary>
    public bool MisclassifiedMachinesCountAsAbandoned { get; init; } = true;

    /// <summary>No redial of an abandoned number for this long unless an agent is reserved for it; null for no such rule.</summary>
    public TimeSpan? AbandonedRedialBlock { get; init; }

    /// <summary>The campaign pauses when the last hour's abandon rate exceeds the limit times this factor.</summary>
    public double AutoPauseFactor { get; init; } = 1.5;

    /// <summary>Live answers the last hour needs before its rate can pause a campaign (one abandon in three calls is noise).</summary>
    public int AutoPauseMinimumLiveAnswers { get; init; } = 20;

    /// <summary>TCPA/TSR style: 8am–9pm local, 3% over 30 days, no 72-hour rule.</summary>
    public static JurisdictionProfile UnitedStates => new() { Name = "US" };

    /// <summary>Ofcom style: 3% over 24 hours, no redial of an abandoned number within 72 hours without an agent.</summary>
    public static JurisdictionProfile UnitedKingdom => new()
    {
        Name = "UK",
        CallingHours = new(new(8, 0), new(21, 0)),
        MaxAttemptsPerWeek = 10,
        AbandonRatePeriod = TimeSpan.FromHours(24),
        AbandonedRedialBlock = TimeSpan.FromHours(72),
    };

    /// <summary>The last hour's rate above which the campaign is paused.</summary>
    public double AutoPauseRate => MaxAbandonRate * AutoPauseFactor;

    /// <summary>The no-answer timeout to use: the configured one, raised to the minimum ring time.</summary>
    public TimeSpan NoAnswerTimeout(TimeSpan configured) => configured < MinRingTime ? MinRingTime : configured;

    /// <summary>Problems that make the profile unusable, in words; empty when it is fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (CallingHours.From == CallingHours.To) problems.Add("Calling hours must not start and end at the same time.");
        if (MaxAttemptsPerDay < 1 || MaxAttemptsPerWeek < MaxAttemptsPerDay)
            problems.Add("Attempts per day must be at least 1 and attempts per week at least as many.");
        if (MaxAbandonRate is < 0 or > 0.03) problems.Add("The abandon rate limit must be between 0% and 3%.");
        if (AbandonRatePeriod < TimeSpan.FromHours(1)) problems.Add("The abandon rate period must be at least an hour.");
        if (AutoPauseFactor < 1) problems.Add("The automatic pause factor must be at least 1.");
        if (MinRingTime < TimeSpan.FromSeconds(15)) problems.Add("Calls must ring at least 15 seconds.");
        return problems;
    }
}
