using Outreach.Telephony;

namespace Outreach.Telephony.Tests;

/// <summary>Keeps every event it receives, and lets a test react to one from inside the handler.</summary>
internal sealed class RecordingSubscriber(Action<CallEvent>? react = null) : ICallEvents
{
    private readonly Lock gate = new();
    private readonly List<CallEvent> events = [];

    public IReadOnlyList<CallEvent> Events { get { lock (gate) return [.. events]; } }

    public IReadOnlyList<T> Of<T>() where T : CallEvent => [.. Events.OfType<T>()];

    public void OnCallEvent(CallEvent callEvent)
    {
        lock (gate) events.Add(callEvent);
        react?.Invoke(callEvent);
    }
}
