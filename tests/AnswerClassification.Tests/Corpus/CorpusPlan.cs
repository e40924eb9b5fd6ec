namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>
/// The corpus as a seeded list of items: scenarios per class, voices and texts per split (held-out voices and
/// texts are never used for training or tuning), speed, pitch, level, noise and G.711 law drawn per item.
/// Pure: the same seed gives the same plan.
/// </summary>
internal static class CorpusPlan
{
    public const int Seed = 16;

    /// <summary>Voices (espeak-ng language + variant) per split; no voice appears in two splits.</summary>
    public static readonly Dictionary<CorpusSplit, string[]> Voices = new()
    {
        [CorpusSplit.Train] = ["en-us+m1", "en-us+f2", "en-gb+m2", "ru+m1", "ru+f1", "ru+m5", "uk+m2", "uk+f2", "es+m4", "de+f1", "fr-fr+m1", "en-us+klatt2"],
        [CorpusSplit.Tune] = ["en-gb+f1", "en-us+m4", "ru+m2", "ru+f2", "uk+m1", "uk+f1", "es+f2", "de+m3", "fr-fr+f2"],
        [CorpusSplit.HeldOut] = ["en-us+m3", "en-gb-x-rp+f3", "en-us+m7", "ru+m3", "ru+f4", "ru+m6", "uk+m6", "uk+f3", "uk+m4", "es-419+m2", "de+m6", "fr-fr+f4"],
    };

    public static readonly Dictionary<CorpusSplit, int> Sizes = new()
    {
        [CorpusSplit.Train] = 720,
        [CorpusSplit.Tune] = 240,
        [CorpusSplit.HeldOut] = 600,
    };

    private static readonly (AnswerKind Kind, double Share)[] ClassShares =
        [(AnswerKind.Human, 0.36), (AnswerKind.Machine, 0.36), (AnswerKind.Fax, 0.10), (AnswerKind.Sit, 0.09), (AnswerKind.Silence, 0.09)];

    private static readonly double?[] Snrs = [null, 35, 25, 18, 12];

    /// <summary>Every item of every split.</summary>
    public static IReadOnlyList<CorpusItem> Items()
    {
        var items = new List<CorpusItem>();
        foreach (var (split, size) in Sizes)
        {
            var random = new Random(Seed * 31 + (int)split);
            var index = 0;
            foreach (var (kind, share) in ClassShares)
                for (var i = 0; i < (int)Math.Round(size * share); i++)
                    items.Add(Item(kind, split, $"{kind.ToString().ToLowerInvariant()}-{index++:D4}.wav", random));
        }
        return items;
    }

    private static CorpusItem Item(AnswerKind kind, CorpusSplit split, string file, Random random)
    {
        var scenes = new CorpusScenes(split, random);
        var (scenario, parts) = kind switch
        {
            AnswerKind.Human => scenes.Human(),
            AnswerKind.Machine => scenes.Machine(),
            AnswerKind.Fax => scenes.Fax(),
            AnswerKind.Sit => scenes.Sit(),
            _ => ("dead-air", (IReadOnlyList<CorpusPart>)[new GapPart(0.1)]),
        };
        var seconds = Math.Max(6, parts.Sum(Seconds) + (kind == AnswerKind.Machine ? 2.0 : 0.5));
        var snr = kind == AnswerKind.Silence ? null : Snrs[random.Next(Snrs.Length)];
        var law = random.NextDouble() switch { < 0.45 => "u-law", < 0.8 => "a-law", _ => null };
        var line = new LineChannel(GainDb: -random.NextDouble() * 18, snr, random.Next(2) == 0 ? "whitenoise" : "pinknoise", law, seconds);
        return new CorpusItem(file, kind, split, scenario, parts, line);
    }

    /// <summary>Planned length of a part; spoken parts count a rough 70 ms per character until synthesised.</summary>
    public static double Seconds(CorpusPart part) => part switch
    {
        GapPart g => g.Seconds,
        TonePart t => t.Seconds,
        SpokenPart s => s.Text.Length * 0.07,
        _ => 0,
    };
}
