using System.Threading.Channels;

namespace Outreach.Telephony;

/// <summary>
/// A subscriber that puts every call event into an unbounded channel, so a hosted service can read them
/// at its own pace and forward each to the grain of its campaign or call.
/// </summary>
public sealed class ChannelCallEvents : ICallEvents
{
    private readonly Channel<CallEvent> channel = Channel.CreateUnbounded<CallEvent>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<CallEvent> Reader => channel.Reader;

    public void OnCallEvent(CallEvent callEvent) => channel.Writer.TryWrite(callEvent);

    /// <summary>No more events will come: the reader ends once it has drained the channel.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
