using System.Diagnostics;
using System.Globalization;
using System.Text;
using NAudio.Wave;

namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>
/// Renders the <see cref="CorpusPlan"/> to WAV files with espeak-ng and sox, in parallel, one folder per split
/// with its labels.csv (<c>file,class,beepEndSeconds,scenario,voice</c>). Per item: espeak-ng speaks each phrase;
/// sox joins phrases, gaps and tones, resamples to 8 kHz and normalises; sox then mixes line noise at the
/// item's signal-to-noise ratio, band-limits to the telephone band 300–3400 Hz, changes the level and, for most
/// items, round-trips through G.711 μ-law or A-law.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string Inv = "F4";

    /// <summary>Writes every item under <paramref name="root"/>.</summary>
    public static async Task GenerateAsync(string root, CancellationToken ct)
    {
        var items = CorpusPlan.Items();
        var beepEnds = new System.Collections.Concurrent.ConcurrentDictionary<CorpusItem, double?>();
        foreach (var split in Enum.GetValues<CorpusSplit>())
            Directory.CreateDirectory(Path.Combine(root, SplitFolder(split)));
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            async (item, token) => beepEnds[item] = await RenderAsync(item, Path.Combine(root, SplitFolder(item.Split), item.File), token));
        foreach (var group in items.GroupBy(i => i.Split))
            await File.WriteAllTextAsync(Path.Combine(root, SplitFolder(group.Key), "labels.csv"), Labels(group, beepEnds), ct);
    }

    public static string SplitFolder(CorpusSplit split) => split switch
    {
        CorpusSplit.Train => "train",
        CorpusSplit.Tune => "tune",
        _ => "heldout",
    };

    private static string Labels(IEnumerable<CorpusItem> items, IReadOnlyDictionary<CorpusItem, double?> beepEnds)
    {
        var text = new StringBuilder("file,class,beepEndSeconds,scenario,voice\n");
        foreach (var item in items)
        {
            var voice = item.Parts.OfType<SpokenPart>().FirstOrDefault()?.Voice ?? "";
            var beep = beepEnds[item] is { } b ? b.ToString(Inv, CultureInfo.InvariantCulture) : "";
            text.Append(CultureInfo.InvariantCulture, $"{item.File},{item.Class.ToString().ToLowerInvariant()},{beep},{item.Scenario},{voice}\n");
        }
        return text.ToString();
    }

    // Renders one item; returns where its beep ends (seconds), if it has one.
    private static async Task<double?> RenderAsync(CorpusItem item, string output, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("amd-corpus-item-");
        try
        {
            var inputs = new List<string>();
            double elapsed = 0;
            double? beepEnd = null;
            var index = 0;
            foreach (var part in item.Parts)
            {
                var (input, seconds) = await PartAsync(part, Path.Combine(work.FullName, $"part{index++}.wav"), ct);
                inputs.Add(input);
                elapsed += seconds;
                if (part is TonePart { IsBeep: true })
                    beepEnd = elapsed;
            }
            var clean = Path.Combine(work.FullName, "clean.wav");
            var normalise = item.Class == AnswerKind.Silence ? new string[0] : ["gain", "-n", "-3"];
            await Sox.RunAsync([.. inputs, "-r", "8000", clean, .. normalise], ct);
            await LineAsync(item, clean, output, work.FullName, ct);
            return beepEnd;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<(string Input, double Seconds)> PartAsync(CorpusPart part, string path, CancellationToken ct)
    {
        switch (part)
        {
            case SpokenPart s:
                await Sox.RunToolAsync("espeak-ng", ["-v", s.Voice, "-s", Num(s.WordsPerMinute), "-p", Num(s.Pitch), "-w", path, s.Text], ct);
                using (var reader = new WaveFileReader(path))
                    return (path, reader.TotalTime.TotalSeconds);
            case TonePart t:
                return (Sox.Pipe($"synth {Num(t.Seconds)} sine {Num(t.Hz)} vol {Num(t.Amplitude)}"), Samples(t.Seconds));
            case GapPart g:
                return (Sox.Pipe($"trim 0 {Num(g.Seconds)}"), Samples(g.Seconds));
            default:
                throw new ArgumentOutOfRangeException(nameof(part));
        }
    }

    // sox lengths are whole samples at 22 050 Hz.
    private static double Samples(double seconds) => Math.Round(seconds * 22050) / 22050;

    private static async Task LineAsync(CorpusItem item, string clean, string output, string work, CancellationToken ct)
    {
        var line = item.Line;
        // Speech normalised to a -3 dBFS peak has an active level near -17 dBFS; white noise at vol 1 is about -4.8 dBFS.
        var noiseDb = item.Class == AnswerKind.Silence ? -45 - 25 * ((line.GainDb + 18) / 18) : -17 - (line.SnrDb ?? 58);
        var vol = Math.Pow(10, (noiseDb + 4.8) / 20);
        var noise = $"|sox -n -r 8000 -c 1 -b 16 -p synth {Num(line.Seconds)} {line.NoiseColour} vol {Num(vol)}";
        string[] mix = ["-m", "-v", "1", clean, "-v", "1", noise];
        string[] effects = ["sinc", "300-3400", "gain", Num(item.Class == AnswerKind.Silence ? 0 : line.GainDb)];
        if (line.Law is null)
        {
            await Sox.RunAsync([.. mix, "-b", "16", "-e", "signed-integer", output, .. effects], ct);
            return;
        }
        var encoded = Path.Combine(work, "line.raw");
        await Sox.RunAsync([.. mix, "-t", "raw", "-e", line.Law, "-b", "8", encoded, .. effects], ct);
        await Sox.RunAsync(["-t", "raw", "-r", "8000", "-c", "1", "-e", line.Law, "-b", "8", encoded, "-b", "16", "-e", "signed-integer", output], ct);
    }

    private static string Num(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
