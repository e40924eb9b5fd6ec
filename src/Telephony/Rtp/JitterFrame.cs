namespace Outreach.Telephony.Rtp;

/// <summary>What the jitter buffer gave for one frame period.</summary>
public enum FrameKind
{
    /// <summary>A received frame, in order.</summary>
    Audio,

    /// <summary>The frame was missing; the last good one is repeated in its place.</summary>
    Concealed,

    /// <summary>Nothing to play: not started, buffering, a long gap or a non-audio packet (DTMF) in its slot.</summary>
    Silence,
}

/// <summary>One frame out of the jitter buffer: its kind, the payload bytes written and the packet it came from.</summary>
public readonly record struct JitterFrame(FrameKind Kind, int Length, ushort Sequence, uint Timestamp);

/// <summary>What the jitter buffer did with a pushed packet.</summary>
public enum PushOutcome
{
    Accepted,
    Duplicate,

    /// <summary>Its playout time had passed; dropped (and the target delay raised).</summary>
    Late,

    /// <summary>Far from the playout point (a restarted stream): the buffer started over from it.</summary>
    Resynchronised,
}
