using System.Buffers.Binary;

namespace Outreach.Telephony.Rtp;

/// <summary>The 4-byte RFC 4733 §2.3 telephone-event payload: event code, end bit, volume and duration in timestamp units.</summary>
public readonly record struct DtmfEvent(byte Code, bool End, byte Volume, ushort Duration)
{
    public const int Length = 4;

    public static bool TryRead(ReadOnlySpan<byte> payload, out DtmfEvent dtmf)
    {
        dtmf = default;
        if (payload.Length < Length) return false;
        dtmf = new DtmfEvent(payload[0], (payload[1] & 0x80) != 0, (byte)(payload[1] & 0x3F), BinaryPrimitives.ReadUInt16BigEndian(payload[2..]));
        return true;
    }

    public int Write(Span<byte> destination)
    {
        destination[0] = Code;
        destination[1] = (byte)((End ? 0x80 : 0) | Volume & 0x3F);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], Duration);
        return Length;
    }

    /// <summary>The DTMF digit of an event code 0–15 (0–9, *, #, A–D), or null for other events.</summary>
    public char? Digit => Code < 16 ? "0123456789*#ABCD"[Code] : null;

    public static byte? CodeOf(char digit)
    {
        var index = "0123456789*#ABCD".IndexOf(char.ToUpperInvariant(digit));
        return index < 0 ? null : (byte)index;
    }
}

/// <summary>A DTMF digit received from a peer; <see cref="Timestamp"/> is its RFC 4733 event timestamp.</summary>
public sealed record DtmfDigit(char Digit, uint Timestamp);
