namespace Outreach.Dialer.Pacing;

/// <summary>Counts live answers and abandoned calls over the whole campaign and the current clock hour.</summary>
public sealed class AbandonLedger
{
    private long _hour = long.MinValue;

    /// <summary>Live answers since the campaign started.</summary>
    public long Humans { get; private set; }

    /// <summary>Abandoned calls since the campaign started.</summary>
    public long Abandoned { get; private set; }

    /// <summary>Live answers in the current clock hour.</summary>
    public long HourHumans { get; private set; }

    /// <summary>Abandoned calls in the current clock hour.</summary>
    public long HourAbandoned { get; private set; }

    /// <summary>Live answers in the previous clock hour (0 in the first).</summary>
    public long PreviousHourHumans { get; private set; }

    /// <summary>Abandoned share of live answers since the start (0 when none).</summary>
    public double Rate => Humans == 0 ? 0 : (double)Abandoned / Humans;

    /// <summary>Records a live answer.</summary>
    public void Human(DateTimeOffset at)
    {
        Roll(at);
        Humans++;
        HourHumans++;
    }

    /// <summary>Records a live answer that no agent took in time.</summary>
    public void Abandon(DateTimeOffset at)
    {
        Roll(at);
        Abandoned++;
        HourAbandoned++;
    }

    /// <summary>Starts a new hour's counts when the clock hour has changed.</summary>
    public void Roll(DateTimeOffset at)
    {
        var hour = at.ToUnixTimeSeconds() / 3600;
        if (hour == _hour) return;
        PreviousHourHumans = hour == _hour + 1 ? HourHumans : 0;
        _hour = hour;
        HourHumans = 0;
        HourAbandoned = 0;
    }
}
