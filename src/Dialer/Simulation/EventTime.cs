namespace Outreach.Dialer.Simulation;

/// <summary>Orders events by time, then by scheduling order, so equal times replay identically.</summary>
internal readonly record struct EventTime(double Seconds, long Sequence) : IComparable<EventTime>
{
    public int CompareTo(EventTime other)
    {
        var c = Seconds.CompareTo(other.Seconds);
        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }
}
