using Outreach.AnswerClassification.Deciding;

namespace Outreach.AnswerClassification.Features;

/// <summary>
/// Follows the speech of a call frame by frame: the silence before it, the first utterance and the silence
/// after it, utterances (speech joined across gaps shorter than <see cref="UtteranceGapMilliseconds"/>),
/// app_amd-style words, syllable-like energy peaks, and running means of the spectral shape of speech.
/// All counts are in frames; nothing is allocated per frame.
/// </summary>
public sealed class SpeechTracker
{
    /// <summary>A gap at least this long separates two utterances.</summary>
    public const int UtteranceGapMilliseconds = 300;

    /// <summary>Rise and fall, in dB, that make an energy peak a syllable.</summary>
    public const float SyllableSwingDb = 4f;

    private readonly int minimumWordFrames;
    private readonly int betweenWordsFrames;
    private readonly int utteranceGapFrames = AudioFrame.FramesIn(UtteranceGapMilliseconds);
    private bool inWord;
    private int voiceRun;
    private bool rising;
    private float valleyDb;
    private float peakDb;
    private double sumCentroid, sumFlatness, sumLow, sumHigh, sumLevel, sumLevelSquared;

    /// <summary>A tracker counting words as <paramref name="options"/> say.</summary>
    public SpeechTracker(RuleOptions options)
    {
        minimumWordFrames = Math.Max(1, AudioFrame.FramesIn(options.MinimumWordMilliseconds));
        // Silence of at least the between-words length ends a word: 50 ms takes three frames.
        betweenWordsFrames = Math.Max(1, (int)Math.Ceiling(options.BetweenWordsSilenceMilliseconds / (double)AudioFrame.Milliseconds));
    }

    public int Frames { get; private set; }
    public int SpeechFrames { get; private set; }
    public bool HasSpeech => FirstSpeechFrame >= 0;

    /// <summary>
    /// True once speech has lasted a word, at once or in pieces (a voice on a noisy line breaks up): a frame or two
    /// of noise is not speech yet.
    /// </summary>
    public bool HasWords => Words > 0 || SpeechFrames >= minimumWordFrames;
    public int FirstSpeechFrame { get; private set; } = -1;
    public int LastSpeechFrame { get; private set; } = -1;
    public int FirstUtteranceFrames { get; private set; }
    public bool FirstUtteranceEnded { get; private set; }
    public int Utterances { get; private set; }
    public int CurrentUtteranceFrames { get; private set; }
    public int LongestUtteranceFrames { get; private set; }
    public int LongestPauseFrames { get; private set; }
    public int TrailingSilenceFrames { get; private set; }
    public int Words { get; private set; }
    public int Syllables { get; private set; }
    public int ToneFramesAfterSpeech { get; private set; }

    /// <summary>Mean over speech frames of the spectral centroid, flatness, low and high shares, level over floor and its spread.</summary>
    public float MeanCentroidHz => Mean(sumCentroid);
    public float MeanFlatness => Mean(sumFlatness);
    public float MeanLowShare => Mean(sumLow);
    public float MeanHighShare => Mean(sumHigh);
    public float MeanLevelOverFloorDb => Mean(sumLevel);
    public float LevelSpreadDb => SpeechFrames == 0 ? 0 : (float)Math.Sqrt(Math.Max(0, sumLevelSquared / SpeechFrames - Math.Pow(sumLevel / SpeechFrames, 2)));

    /// <summary>Feeds one frame.</summary>
    public void Step(in FrameFacts frame)
    {
        Frames++;
        if (frame.IsSpeech)
            OnSpeech(frame);
        else
            OnQuiet(frame);
        Syllable(frame);
    }

    /// <summary>Back to the state of a new call.</summary>
    public void Reset()
    {
        (Frames, SpeechFrames, FirstSpeechFrame, LastSpeechFrame, FirstUtteranceFrames, FirstUtteranceEnded) = (0, 0, -1, -1, 0, false);
        (Utterances, CurrentUtteranceFrames, LongestUtteranceFrames, LongestPauseFrames, TrailingSilenceFrames) = (0, 0, 0, 0, 0);
        (Words, Syllables, ToneFramesAfterSpeech, inWord, voiceRun, rising, valleyDb, peakDb) = (0, 0, 0, false, 0, false, 0, 0);
        (sumCentroid, sumFlatness, sumLow, sumHigh, sumLevel, sumLevelSquared) = (0, 0, 0, 0, 0, 0);
    }

    private void OnSpeech(in FrameFacts frame)
    {
        var index = Frames - 1;
        if (!HasSpeech)
            FirstSpeechFrame = index;
        else if (TrailingSilenceFrames > 0)
            LongestPauseFrames = Math.Max(LongestPauseFrames, TrailingSilenceFrames);
        if (CurrentUtteranceFrames == 0)
            (Utterances, CurrentUtteranceFrames) = (Utterances + 1, 1);
        else
            CurrentUtteranceFrames += TrailingSilenceFrames + 1;
        if (Utterances == 1)
            FirstUtteranceFrames = CurrentUtteranceFrames;
        LongestUtteranceFrames = Math.Max(LongestUtteranceFrames, CurrentUtteranceFrames);
        (LastSpeechFrame, TrailingSilenceFrames) = (index, 0);
        SpeechFrames++;
        if (++voiceRun >= minimumWordFrames && !inWord)
            (inWord, Words) = (true, Words + 1);
        var level = frame.EnergyDb - frame.FloorDb;
        (sumCentroid, sumFlatness, sumLow, sumHigh) = (sumCentroid + frame.CentroidHz, sumFlatness + frame.Flatness, sumLow + frame.LowShare, sumHigh + frame.HighShare);
        (sumLevel, sumLevelSquared) = (sumLevel + level, sumLevelSquared + level * level);
    }

    private void OnQuiet(in FrameFacts frame)
    {
        // As in app_amd, a word survives a gap shorter than the between-words silence.
        if (frame.IsTone || TrailingSilenceFrames + 1 >= betweenWordsFrames || !HasSpeech)
            voiceRun = 0;
        if (!HasSpeech)
            return;
        // A tone is not the silence of someone waiting: it neither extends nor ends the silence after speech.
        if (frame.IsTone)
        {
            ToneFramesAfterSpeech++;
            return;
        }
        if (++TrailingSilenceFrames >= betweenWordsFrames)
            inWord = false;
        if (TrailingSilenceFrames == utteranceGapFrames)
            (CurrentUtteranceFrames, FirstUtteranceEnded) = (0, true);
    }

    // Peak picking with hysteresis on the frame energy: a rise of the swing after a valley is one syllable.
    private void Syllable(in FrameFacts frame)
    {
        var level = frame.IsSpeech ? frame.EnergyDb : frame.FloorDb;
        if (rising)
        {
            peakDb = Math.Max(peakDb, level);
            if (level < peakDb - SyllableSwingDb)
                (rising, valleyDb) = (false, level);
            return;
        }
        valleyDb = Math.Min(valleyDb, level);
        if (frame.IsSpeech && level > valleyDb + SyllableSwingDb)
            (rising, peakDb, Syllables) = (true, level, Syllables + 1);
    }

    private float Mean(double sum) => SpeechFrames == 0 ? 0 : (float)(sum / SpeechFrames);
}
