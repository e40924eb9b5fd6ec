namespace Outreach.AnswerClassification.Features;

/// <summary>
/// The feature vector the trained decider reads at a checkpoint, from the speech heard so far. Times are in
/// seconds. The names are stored with a trained model so a model and this list cannot silently disagree.
/// </summary>
public static class AnswerFeatures
{
    /// <summary>Feature names, in vector order.</summary>
    public static readonly string[] Names =
    [
        "time", "leadSilence", "hasSpeech", "firstUtterance", "firstUtteranceEnded", "trailingSilence",
        "currentUtterance", "speech", "speechShare", "utterances", "words", "syllables", "syllableRate",
        "longestUtterance", "longestPause", "centroidHz", "flatness", "lowShare", "highShare",
        "levelOverFloorDb", "levelSpreadDb", "toneAfterSpeech",
    ];

    /// <summary>Index of the silence since the last speech, in seconds.</summary>
    public const int TrailingSilence = 5;

    /// <summary>Index of the speech heard so far, in seconds.</summary>
    public const int Speech = 7;

    /// <summary>Length of the vector.</summary>
    public static int Count => Names.Length;

    /// <summary>Writes the features of <paramref name="speech"/> into <paramref name="vector"/>.</summary>
    public static void Fill(SpeechTracker speech, Span<float> vector)
    {
        const float s = AudioFrame.Milliseconds / 1000f;
        var lead = speech.HasSpeech ? speech.FirstSpeechFrame : speech.Frames;
        var since = Math.Max(1, speech.Frames - lead);
        var speechSeconds = speech.SpeechFrames * s;
        vector[0] = speech.Frames * s;
        vector[1] = lead * s;
        vector[2] = speech.HasSpeech ? 1 : 0;
        vector[3] = speech.FirstUtteranceFrames * s;
        vector[4] = speech.FirstUtteranceEnded ? 1 : 0;
        vector[TrailingSilence] = speech.TrailingSilenceFrames * s;
        vector[6] = speech.CurrentUtteranceFrames * s;
        vector[Speech] = speechSeconds;
        vector[8] = speech.SpeechFrames / (float)since;
        vector[9] = speech.Utterances;
        vector[10] = speech.Words;
        vector[11] = speech.Syllables;
        vector[12] = speechSeconds > 0 ? speech.Syllables / speechSeconds : 0;
        vector[13] = speech.LongestUtteranceFrames * s;
        vector[14] = speech.LongestPauseFrames * s;
        vector[15] = speech.MeanCentroidHz;
        vector[16] = speech.MeanFlatness;
        vector[17] = speech.MeanLowShare;
        vector[18] = speech.MeanHighShare;
        vector[19] = speech.MeanLevelOverFloorDb;
        vector[20] = speech.LevelSpreadDb;
        vector[21] = speech.ToneFramesAfterSpeech * s;
    }
}
