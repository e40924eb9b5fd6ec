using Outreach.AnswerClassification.Dsp;

namespace Outreach.AnswerClassification.Tones;

/// <summary>
/// Special information tones: three rising segments (ITU-T E.180: 950, 1400, 1800 Hz ± 50 Hz, 330 ± 70 ms each,
/// gaps up to 30 ms; Telcordia SR-2275 splits the first two into low/high frequencies 913.8/985.2 and
/// 1370.6/1428.5 Hz and short/long lengths 274/380 ms, the third is 1776.7 Hz). Goertzel bins on the whole
/// 20 ms frame are 50 Hz wide, narrow enough to tell the low tone of a segment from its high tone.
/// </summary>
public sealed class SitDetector
{
    /// <summary>Shortest segment accepted: E.180's 260 ms less a frame for each edge.</summary>
    public const int MinimumSegmentMilliseconds = 220;

    /// <summary>Longest segment accepted: E.180's 400 ms plus a frame for each edge.</summary>
    public const int MaximumSegmentMilliseconds = 440;

    /// <summary>The third segment is called once it has lasted this long, so the decision need not wait for its end.</summary>
    public const int ThirdSegmentConfirmMilliseconds = 100;

    /// <summary>Boundary between a short (274 ms) and a long (380 ms) segment.</summary>
    public const int ShortLongBoundaryMilliseconds = 327;

    /// <summary>Share of the frame's power that must lie in the segment's bin.</summary>
    public const float MinimumPurity = 0.5f;

    /// <summary>Quietest tone considered, in dB full scale (E.180 sends at -24 dBm0).</summary>
    public const float MinimumLevelDb = -50f;

    // Segment 1, 2, 3 bins: Telcordia low, E.180 nominal, Telcordia high.
    private static readonly double[] Frequencies = [913.8, 950, 985.2, 1370.6, 1400, 1428.5, 1776.7, 1800];
    private static readonly int[] SegmentOf = [1, 1, 1, 2, 2, 2, 3, 3];
    private const int MaxGapFrames = 2;

    private readonly Goertzel[] bins = Array.ConvertAll(Frequencies, f => new Goertzel(f));
    private int expected = 1;
    private int runSegment;
    private int runBin = -1;
    private int runFrames;
    private int gapFrames;
    private readonly int[] segmentBin = new int[3];
    private readonly int[] segmentMilliseconds = new int[3];

    /// <summary>True once the three segments were heard.</summary>
    public bool Detected { get; private set; }

    /// <summary>The code read from the first two segments, once detected.</summary>
    public SitCode Code { get; private set; }

    /// <summary>Feeds one 20 ms frame and its mean square; true on the frame the tone is first found.</summary>
    public bool Step(ReadOnlySpan<float> frame, float meanSquare)
    {
        if (Detected)
            return false;
        var bin = StrongestBin(frame, meanSquare);
        var segment = bin < 0 ? 0 : SegmentOf[bin];
        if (segment != 0 && segment == runSegment)
        {
            runFrames += gapFrames + 1;
            gapFrames = 0;
            if (segment == 3 && expected == 3 && runFrames * AudioFrame.Milliseconds >= ThirdSegmentConfirmMilliseconds)
                Finish();
            return Detected;
        }
        if (segment == 0 && runSegment != 0 && ++gapFrames <= MaxGapFrames)
            return false;
        EndRun();
        (runSegment, runBin, runFrames, gapFrames) = (segment, bin, segment == 0 ? 0 : 1, 0);
        return false;
    }

    /// <summary>Back to the state of a new call.</summary>
    public void Reset()
    {
        (Detected, Code, expected, runSegment, runBin, runFrames, gapFrames) = (false, SitCode.Uncoded, 1, 0, -1, 0, 0);
    }

    private int StrongestBin(ReadOnlySpan<float> frame, float meanSquare)
    {
        if (AudioFrame.PowerToDb(meanSquare) < MinimumLevelDb)
            return -1;
        var best = -1;
        var bestPurity = MinimumPurity;
        for (var i = 0; i < bins.Length; i++)
        {
            var purity = bins[i].Purity(frame, meanSquare);
            if (purity >= bestPurity)
                (best, bestPurity) = (i, purity);
        }
        return best;
    }

    // A run of segment n ends: it counts if it is the one expected and of an accepted length; anything else starts over.
    private void EndRun()
    {
        if (runSegment == 0)
            return;
        var milliseconds = runFrames * AudioFrame.Milliseconds;
        var valid = milliseconds is >= MinimumSegmentMilliseconds and <= MaximumSegmentMilliseconds;
        if (valid && runSegment == expected && expected < 3)
        {
            segmentBin[expected - 1] = runBin;
            segmentMilliseconds[expected - 1] = milliseconds;
            expected++;
        }
        else
            expected = valid && runSegment == 1 ? StartOver() : 1;
    }

    private int StartOver()
    {
        segmentBin[0] = runBin;
        segmentMilliseconds[0] = runFrames * AudioFrame.Milliseconds;
        return 2;
    }

    private void Finish()
    {
        Detected = true;
        Code = SitCodes.Read(Frequencies[segmentBin[0]], segmentMilliseconds[0], Frequencies[segmentBin[1]], segmentMilliseconds[1]);
    }
}
