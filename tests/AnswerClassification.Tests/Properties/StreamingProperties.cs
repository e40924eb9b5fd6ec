using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Outreach.AnswerClassification.Evaluation;
using static Outreach.AnswerClassification.Tests.Support.Signal;

namespace Outreach.AnswerClassification.Tests.Properties;

public sealed class StreamingProperties
{
    private static void Holds(int maxTest, Property property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true), property);

    // One greeting with a beep, cut into slices of any sizes: the classifier must hear the same frames.
    private static readonly short[] Greeting = ToPcm(Mix(Concat(Silence(300), SpeechLike(2500, 0.1, seed: 9), Silence(300), Tone(1500, 200), Silence(1200)),
        Noise(4500, 0.001, seed: 10)));

    private static readonly AnswerDecision Whole = ClassifiedAudio.Of(Greeting, new AnswerClassifier()).Decision;

    [Fact]
    public void Any_slicing_of_the_audio_gives_the_same_decision_at_the_same_time() => Holds(60, Prop.ForAll(
        Gen.Choose(1, 500).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), sizes =>
        {
            var classifier = new AnswerClassifier();
            for (int start = 0, i = 0; start < Greeting.Length; start += sizes[i++ % sizes.Length])
                classifier.Push(Greeting.AsSpan(start, Math.Min(sizes[i % sizes.Length], Greeting.Length - start)));
            return classifier.Decision == Whole;
        }));

    [Fact]
    public void Any_frame_of_random_samples_is_classified_without_throwing() => Holds(200, Prop.ForAll(
        Gen.Choose(short.MinValue, short.MaxValue).Select(v => (short)v).ArrayOf().ToArbitrary(), samples =>
        {
            var classifier = new AnswerClassifier();
            classifier.Push(samples);
            classifier.PushMuLaw(samples.Select(s => (byte)s).ToArray());
            return classifier.AudioTime.Ticks >= 0;
        }));

    [Fact]
    public void Labels_written_as_csv_read_back_as_they_were() => Holds(300, Prop.ForAll(
        Gen.Zip(Gen.Elements(Enum.GetValues<AnswerKind>()), Gen.Choose(0, 20_000).Select(ms => ms % 3 == 0 ? (double?)null : ms / 1000.0))
            .ArrayOf().ToArbitrary(), rows =>
        {
            var files = rows.Select((r, i) => new LabelledFile($"call-{i}.wav", r.Item1, r.Item2)).ToList();
            var lines = files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.File},{f.Truth.ToString().ToLowerInvariant()},{f.BeepEndSeconds},scenario"));
            var (parsed, error) = LabelsCsv.Parse(["file,class,beepEndSeconds,scenario", .. lines]);
            return error is null && parsed.SequenceEqual(files);
        }));
}
