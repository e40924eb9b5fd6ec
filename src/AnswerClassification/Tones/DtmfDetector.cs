using Outreach.AnswerClassification.Dsp;

namespace Outreach.AnswerClassification.Tones;

/// <summary>
/// DTMF digits by Goertzel (ITU-T Q.23/Q.24): one row tone (697–941 Hz) and one column tone (1209–1633 Hz),
/// each clearly the strongest of its group, within the twist limits (the column tone at most
/// <see cref="MaximumForwardTwistDb"/> above the row, at most <see cref="MaximumReverseTwistDb"/> below it), and
/// carrying most of the signal (<see cref="MinimumSignalShare"/>, the signal-to-noise limit). Each tone's block is
/// sized so its bin passes Q.24's ±1.5 % and rejects ±3.5 % and so its neighbours fall in a null; the blocks
/// (12–27 ms) are taken from the last two frames. A key is reported once per press.
/// </summary>
public sealed class DtmfDetector
{
    /// <summary>High group above low group, in dB, accepted (Q.24 and Bellcore: +4 dB).</summary>
    public const float MaximumForwardTwistDb = 4f;

    /// <summary>Low group above high group, in dB, accepted (Q.24 and Bellcore: 8 dB).</summary>
    public const float MaximumReverseTwistDb = 8f;

    /// <summary>Share of the signal's power the two tones must carry (noise and speech at most about 30 %).</summary>
    public const float MinimumSignalShare = 0.7f;

    /// <summary>How much stronger, in dB, the chosen tone must be than the next tone of its group.</summary>
    public const float MinimumGroupMarginDb = 8f;

    /// <summary>Quietest tone pair considered, in dB full scale.</summary>
    public const float MinimumLevelDb = -45f;

    private static readonly double[] Frequencies = [697, 770, 852, 941, 1209, 1336, 1477, 1633];
    private const string Keys = "123A456B789C*0#D";

    // x = pi * offset * N / fs = 0.9 at 1.5 % off: the bin keeps about 80 % there and about 15 % at 3.5 % off.
    private static readonly int[] BlockLengths = Array.ConvertAll(Frequencies, f => (int)Math.Round(0.9 * AudioFrame.SampleRate / (Math.PI * 0.015 * f)));

    private readonly Goertzel[] bins = Array.ConvertAll(Frequencies, f => new Goertzel(f));
    private readonly float[] history = new float[2 * AudioFrame.Samples];
    private readonly float[] purity = new float[8];
    private char pressed;

    /// <summary>The last digit reported, or '\0'.</summary>
    public char LastDigit { get; private set; }

    /// <summary>Feeds one 20 ms frame; returns a digit on the first frame of its press, else '\0'.</summary>
    public char Step(ReadOnlySpan<float> frame)
    {
        history.AsSpan(AudioFrame.Samples).CopyTo(history);
        frame.CopyTo(history.AsSpan(AudioFrame.Samples));
        var key = KeyInHistory();
        if (key == pressed)
            return '\0';
        pressed = key;
        if (key != '\0')
            LastDigit = key;
        return key;
    }

    /// <summary>Back to the state of a new call.</summary>
    public void Reset()
    {
        Array.Clear(history);
        (pressed, LastDigit) = ('\0', '\0');
    }

    private char KeyInHistory()
    {
        for (var i = 0; i < bins.Length; i++)
        {
            var block = history.AsSpan(history.Length - BlockLengths[i]);
            var meanSquare = AudioFrame.MeanSquare(block);
            if (AudioFrame.PowerToDb(meanSquare) < MinimumLevelDb)
                return '\0';
            purity[i] = bins[i].Purity(block, meanSquare);
        }
        var row = Strongest(0);
        var column = Strongest(4);
        if (row < 0 || column < 0 || purity[row] + purity[column] < MinimumSignalShare)
            return '\0';
        var twistDb = AudioFrame.PowerToDb(purity[column]) - AudioFrame.PowerToDb(purity[row]);
        if (twistDb > MaximumForwardTwistDb || -twistDb > MaximumReverseTwistDb)
            return '\0';
        return Keys[row * 4 + column - 4];
    }

    private int Strongest(int first)
    {
        var best = first;
        for (var i = first + 1; i < first + 4; i++)
            if (purity[i] > purity[best])
                best = i;
        for (var i = first; i < first + 4; i++)
            if (i != best && AudioFrame.PowerToDb(purity[best]) - AudioFrame.PowerToDb(purity[i]) < MinimumGroupMarginDb)
                return -1;
        return best;
    }

}
