using NAudio.Codecs;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Media;

/// <summary>The audio codecs we carry: G.711 µ-law (PCMU) and A-law (PCMA), 8 kHz, one byte per sample.</summary>
public enum AudioCodec
{
    Pcmu,
    Pcma,
}

/// <summary>G.711 through NAudio's codecs: encode, decode and transcode frames without allocating.</summary>
public static class G711
{
    /// <summary>The samples of the largest frame we transcode on the stack (60 ms at 8 kHz).</summary>
    public const int MaxFrameSamples = 480;

    public static AudioCodec? From(PayloadFormat format) =>
        format.SameCodec(PayloadFormat.Pcmu) ? AudioCodec.Pcmu : format.SameCodec(PayloadFormat.Pcma) ? AudioCodec.Pcma : null;

    public static byte PayloadType(this AudioCodec codec) => codec == AudioCodec.Pcmu ? (byte)0 : (byte)8;

    /// <summary>The encoded byte of digital silence (linear 0).</summary>
    public static byte Silence(this AudioCodec codec) =>
        codec == AudioCodec.Pcmu ? MuLawEncoder.LinearToMuLawSample(0) : ALawEncoder.LinearToALawSample(0);

    public static void Decode(AudioCodec codec, ReadOnlySpan<byte> encoded, Span<short> pcm)
    {
        if (codec == AudioCodec.Pcmu) MuLawDecoder.Decode(encoded, pcm);
        else ALawDecoder.Decode(encoded, pcm);
    }

    public static void Encode(AudioCodec codec, ReadOnlySpan<short> pcm, Span<byte> encoded)
    {
        if (codec == AudioCodec.Pcmu)
        {
            for (var i = 0; i < pcm.Length; i++) encoded[i] = MuLawEncoder.LinearToMuLawSample(pcm[i]);
        }
        else
        {
            for (var i = 0; i < pcm.Length; i++) encoded[i] = ALawEncoder.LinearToALawSample(pcm[i]);
        }
    }

    /// <summary>PCMU↔PCMA through linear PCM (a copy when the codecs are the same).</summary>
    public static void Transcode(AudioCodec from, AudioCodec to, ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (from == to)
        {
            source.CopyTo(destination);
            return;
        }
        Span<short> pcm = stackalloc short[Math.Min(source.Length, MaxFrameSamples)];
        Decode(from, source[..pcm.Length], pcm);
        Encode(to, pcm, destination);
    }
}
