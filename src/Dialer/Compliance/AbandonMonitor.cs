namespace Outreach.Dialer.Compliance;

/// <summary>
/// Follows one campaign's abandon rate over the profile's rolling period (30 days US, 24 hours UK) and over
/// the last hour, and asks for an automatic pause when the last hour exceeds the target by half.
/// Not thread-safe: the campaign grain owns it.
/// </summary>
public sealed class AbandonMonitor(JurisdictionProfile profile)
{
    private readonly AbandonRateWindow rolling = new(profile.AbandonRatePeriod);
    private readonly AbandonRateWindow lastHour = new(TimeSpan.FromHours(1), buckets: 60);

    public JurisdictionProfile Profile { get; } = profile;

    /// <summary>A live person answered: connected to an agent, or abandoned (not connected in time).</summary>
    public void RecordLiveAnswer(DateTimeOffset answeredAt, bool abandoned)
    {
        rolling.RecordLiveAnswer(answeredAt, abandoned);
        lastHour.RecordLiveAnswer(answeredAt, abandoned);
    }

    /// <summary>A call classified as a machine turned out to be a person: an abandoned live answer when the profile says so.</summary>
    public void RecordMachineFoundToBePerson(DateTimeOffset answeredAt)
    {
        if (Profile.MisclassifiedMachinesCountAsAbandoned) RecordLiveAnswer(answeredAt, abandoned: true);
    }

    public AbandonStatus Evaluate(DateTimeOffset now)
    {
        var hour = lastHour.CountsAt(now);
        var pause = hour.LiveAnswers >= Profile.AutoPauseMinimumLiveAnswers && hour.Rate > Profile.AutoPauseRate;
        var alert = pause
            ? $"Abandon rate over the last hour is {Percent.Format(hour.Rate)} ({hour.Abandoned} of {hour.LiveAnswers} live answers), " +
              $"above {Percent.Format(Profile.AutoPauseRate)} (limit {Percent.Format(Profile.MaxAbandonRate)}); the campaign is paused."
            : null;
        return new AbandonStatus(rolling.CountsAt(now), hour, Profile.MaxAbandonRate, pause, alert);
    }
}
