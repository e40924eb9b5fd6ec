namespace Outreach.Telephony.Rtp;

/// <summary>16-bit RTP sequence arithmetic across wrap-around (RFC 3550 §A.1): newer means less than half the space ahead.</summary>
public static class SequenceNumbers
{
    /// <summary>How far <paramref name="seq"/> is ahead of <paramref name="reference"/> (negative when behind), −32768..32767.</summary>
    public static int Distance(ushort reference, ushort seq) => (short)(ushort)(seq - reference);

    public static bool IsNewer(ushort seq, ushort than) => Distance(than, seq) > 0;

    /// <summary>The 32-bit timestamp difference across wrap-around, signed.</summary>
    public static int TimestampDistance(uint reference, uint timestamp) => (int)(timestamp - reference);
}
