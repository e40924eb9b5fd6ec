namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>Which part of the corpus an item belongs to: trained on, used to tune thresholds, or held out.</summary>
internal enum CorpusSplit
{
    Train,
    Tune,
    HeldOut,
}

/// <summary>One piece of a call's audio, in the order heard.</summary>
internal abstract record CorpusPart;

/// <summary>Words spoken by espeak-ng.</summary>
internal sealed record SpokenPart(string Voice, int WordsPerMinute, int Pitch, string Text) : CorpusPart;

/// <summary>Nothing (before line noise is added).</summary>
internal sealed record GapPart(double Seconds) : CorpusPart;

/// <summary>A sine tone from sox at an amplitude relative to full scale.</summary>
internal sealed record TonePart(double Hz, double Seconds, double Amplitude, bool IsBeep = false) : CorpusPart;

/// <summary>The line the audio crosses: level change, noise at a signal-to-noise ratio, the G.711 law, total length.</summary>
internal sealed record LineChannel(double GainDb, double? SnrDb, string NoiseColour, string? Law, double Seconds);

/// <summary>One file of the corpus: what it is, what it is made of, and the line it went through.</summary>
internal sealed record CorpusItem(string File, AnswerKind Class, CorpusSplit Split, string Scenario, IReadOnlyList<CorpusPart> Parts, LineChannel Line);
