namespace Outreach.Telephony;

/// <summary>Receives the events of the calls a network places. Called from the network's timer threads: keep it short and thread-safe.</summary>
public interface ICallEvents
{
    /// <summary>One event of one call, in order for that call.</summary>
    void OnCallEvent(CallEvent callEvent);
}
