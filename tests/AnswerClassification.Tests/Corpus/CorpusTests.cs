using System.Globalization;
using Outreach.AnswerClassification.Files;

namespace Outreach.AnswerClassification.Tests.Corpus;

public sealed class CorpusTests
{
    [Fact]
    public void Held_out_voices_and_texts_are_never_used_for_training_or_tuning()
    {
        var items = CorpusPlan.Items();
        var spoken = items.SelectMany(i => i.Parts.OfType<SpokenPart>().Select(p => (i.Split, p.Voice, p.Text))).ToList();
        var heldOut = spoken.Where(s => s.Split == CorpusSplit.HeldOut).ToList();
        var seen = spoken.Where(s => s.Split != CorpusSplit.HeldOut).ToList();

        Assert.NotEmpty(heldOut);
        Assert.Empty(heldOut.Select(s => s.Voice).Intersect(seen.Select(s => s.Voice)));
        Assert.Empty(heldOut.Select(s => s.Text).Intersect(seen.Select(s => s.Text)));
    }

    [Fact]
    public void The_plan_covers_every_class_russian_ukrainian_and_english_and_repeats_for_its_seed()
    {
        var items = CorpusPlan.Items();

        Assert.Equal(Enum.GetValues<AnswerKind>().Except([AnswerKind.Unknown]).Order(), items.Select(i => i.Class).Distinct().Order());
        var languages = items.SelectMany(i => i.Parts.OfType<SpokenPart>()).Select(p => p.Voice[..2]).ToHashSet();
        Assert.Superset(new HashSet<string> { "ru", "uk", "en", "es", "de", "fr" }, languages);
        Assert.Equal(items.Select(i => i.ToString()), CorpusPlan.Items().Select(i => i.ToString()));
    }

    [Fact]
    public async Task The_generated_corpus_has_every_planned_file_at_8_khz_and_labels_for_each_split()
    {
        var root = await CorpusCache.RootAsync();

        foreach (var split in Enum.GetValues<CorpusSplit>())
        {
            var folder = Path.Combine(root, CorpusGenerator.SplitFolder(split));
            var labels = File.ReadAllLines(Path.Combine(folder, "labels.csv"));
            Assert.Equal("file,class,beepEndSeconds,scenario,voice", labels[0]);
            Assert.Equal(CorpusPlan.Sizes[split], labels.Length - 1);
            var first = WaveAudio.Read(Path.Combine(folder, labels[1].Split(',')[0]));
            Assert.Null(first.Conversion);
            Assert.True(first.Duration >= TimeSpan.FromSeconds(5.9));
        }
        var beeps = File.ReadAllLines(Path.Combine(root, "heldout", "labels.csv")).Skip(1).Select(l => l.Split(',')[2]).Where(b => b != "").ToList();
        Assert.True(beeps.Count > 50);
        Assert.All(beeps, b => Assert.InRange(double.Parse(b, CultureInfo.InvariantCulture), 0.5, 20));
    }
}
