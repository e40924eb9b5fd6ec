using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Engine;

/// <summary>Refills an <see cref="AbandonMonitor"/> from the stored live answers (a reactivated grain, a compliance report).</summary>
public static class AbandonHistory
{
    /// <summary>The period the monitor needs: the profile's rolling period back from <paramref name="now"/>.</summary>
    public static DateTimeOffset Since(JurisdictionProfile profile, DateTimeOffset now) => now - profile.AbandonRatePeriod;

    public static void Replay(this AbandonMonitor monitor, IEnumerable<LiveAnswerMinute> minutes)
    {
        foreach (var minute in minutes)
        {
            var at = new DateTimeOffset(DateTime.SpecifyKind(minute.Minute, DateTimeKind.Utc));
            for (var i = 0; i < minute.LiveAnswers; i++) monitor.RecordLiveAnswer(at, abandoned: i < minute.Abandoned);
        }
    }
}
