using NAudio.Codecs;
using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Evaluation;
using Outreach.AnswerClassification.Tones;
using static Outreach.AnswerClassification.Tests.Support.Signal;

namespace Outreach.AnswerClassification.Tests.Classification;

public sealed class AnswerClassifierTests
{
    private static readonly ClassifierOptions Rules = new() { Decider = DeciderKind.Rules };

    private static ClassifiedAudio Classify(float[] signal, ClassifierOptions? options = null) =>
        ClassifiedAudio.Of(ToPcm(signal), new AnswerClassifier(options ?? Rules));

    private static float[] Line(float[] signal, int seed = 1) => Mix(signal, Noise(signal.Length * 1000.0 / Rate, 0.001, seed));

    [Fact]
    public void A_fax_answer_tone_is_fax_within_a_second_and_a_half()
    {
        var result = Classify(Line(Concat(Silence(400), Tone(2100, 3000), Silence(1000))));

        Assert.Equal(AnswerKind.Fax, result.Decision.Kind);
        Assert.Equal(AnswerReason.FaxCed, result.Decision.Reason);
        Assert.True(result.Decision.At <= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public void Special_information_tones_are_sit_with_their_code()
    {
        var result = Classify(Line(Concat(Silence(100), Tone(913.8, 276), Tone(1370.6, 276), Tone(1776.7, 380), Silence(200), SpeechLike(2500, 0.1, seed: 2))));

        Assert.Equal(AnswerKind.Sit, result.Decision.Kind);
        Assert.Equal(SitCode.Intercept, result.Decision.Sit);
        Assert.True(result.Decision.At <= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public void Dead_air_is_silence_at_the_initial_silence_limit()
    {
        var result = Classify(Line(Silence(6000)));

        Assert.Equal(AnswerKind.Silence, result.Decision.Kind);
        Assert.InRange(result.Decision.At.TotalMilliseconds, 2500, 2600);
    }

    [Fact]
    public void A_short_greeting_then_waiting_is_a_person_for_the_rules()
    {
        var result = Classify(Line(Concat(Silence(500), SpeechLike(600, 0.1, seed: 3), Silence(4000))));

        Assert.Equal(AnswerKind.Human, result.Decision.Kind);
        Assert.Equal(AnswerReason.AfterGreetingSilence, result.Decision.Reason);
        Assert.InRange(result.Decision.At.TotalSeconds, 1.9, 2.1);
    }

    [Fact]
    public void Speech_then_a_beep_is_a_machine_whose_message_starts_at_the_beep_end()
    {
        var signal = Line(Concat(Silence(300), SpeechLike(3000, 0.1, seed: 4), Silence(400), Tone(1000, 400), Silence(2000)));

        foreach (var decider in Enum.GetValues<DeciderKind>())
        {
            var result = Classify(signal, new ClassifierOptions { Decider = decider });

            Assert.Equal(AnswerKind.Machine, result.Decision.Kind);
            Assert.InRange(result.MessageStart!.Value.TotalMilliseconds, 4100 - 20, 4100 + 40);
        }
    }

    [Fact]
    public void A_greeting_without_a_beep_gets_its_message_after_the_closing_silence()
    {
        var result = Classify(Line(Concat(Silence(300), SpeechLike(4000, 0.1, seed: 5), Silence(3000))));

        Assert.Equal(AnswerKind.Machine, result.Decision.Kind);
        Assert.InRange(result.MessageStart!.Value.TotalMilliseconds, 4300 + 1200, 4300 + 1200 + 100);
    }

    [Fact]
    public void G711_and_pcm_of_the_same_audio_decide_alike_in_any_slicing()
    {
        var pcm = ToPcm(Line(Concat(Silence(300), SpeechLike(3000, 0.1, seed: 6), Silence(400), Tone(800, 300), Silence(1500))));
        var muLaw = pcm.Select(MuLawEncoder.LinearToMuLawSample).ToArray();
        var aLaw = pcm.Select(ALawEncoder.LinearToALawSample).ToArray();
        var whole = ClassifiedAudio.Of(pcm, new AnswerClassifier());

        var sliced = new AnswerClassifier();
        for (var i = 0; i < pcm.Length; i += 77)
            sliced.Push(pcm.AsSpan(i, Math.Min(77, pcm.Length - i)));
        var mu = new AnswerClassifier();
        for (var i = 0; i < muLaw.Length; i += 240)
            mu.PushMuLaw(muLaw.AsSpan(i, Math.Min(240, muLaw.Length - i)));
        var a = new AnswerClassifier();
        a.PushALaw(aLaw);

        Assert.Equal(whole.Decision, sliced.Decision);
        Assert.Equal(whole.MessageStart, sliced.MessageStart);
        Assert.Equal(whole.Decision.Kind, mu.Decision?.Kind);
        Assert.Equal(whole.Decision.Kind, a.Decision?.Kind);
        Assert.InRange((mu.MessageStart!.Value - whole.MessageStart!.Value).Duration().TotalMilliseconds, 0, 20);
    }

    [Fact]
    public void Push_reports_the_decision_and_the_message_cue_once_each()
    {
        var pcm = ToPcm(Line(Concat(Silence(300), SpeechLike(3000, 0.1, seed: 7), Silence(300), Tone(1200, 250), Silence(1000))));
        var classifier = new AnswerClassifier();
        var events = new List<ClassifierEvents>();
        for (var i = 0; i + AudioFrame.Samples <= pcm.Length; i += AudioFrame.Samples)
            events.Add(classifier.Push(pcm.AsSpan(i, AudioFrame.Samples)));

        Assert.Single(events, e => e.HasFlag(ClassifierEvents.Decided));
        Assert.Single(events, e => e.HasFlag(ClassifierEvents.MessageCue));
        Assert.True(classifier.Finished);
    }

    [Fact]
    public void Reset_makes_a_classifier_reusable_for_the_next_call()
    {
        var classifier = new AnswerClassifier(Rules);
        var fax = ToPcm(Line(Concat(Silence(200), Tone(2100, 2000))));
        var silence = ToPcm(Line(Silence(3000)));

        Assert.Equal(AnswerKind.Fax, ClassifiedAudio.Of(fax, classifier).Decision.Kind);
        Assert.Equal(AnswerKind.Silence, ClassifiedAudio.Of(silence, classifier).Decision.Kind);
        Assert.Equal(AnswerKind.Fax, ClassifiedAudio.Of(fax, classifier).Decision.Kind);
    }

    [Fact]
    public void Clipped_and_full_scale_input_never_throws_and_ends_decided()
    {
        float[][] inputs = [Clip(Scale(SpeechLike(6000, 0.3, seed: 8), 5), 1), Enumerable.Repeat(1f, Samples(6000)).ToArray(),
            Enumerable.Range(0, Samples(6000)).Select(i => i % 2 == 0 ? 1f : -1f).ToArray(), Silence(6000)];

        foreach (var input in inputs)
            foreach (var decider in Enum.GetValues<DeciderKind>())
                Assert.True(Classify(input, new ClassifierOptions { Decider = decider }).Decision.At <= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Options_that_make_no_sense_are_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => new AnswerClassifier(new ClassifierOptions { Rules = new RuleOptions { MaximumWords = 0 } }));

        Assert.Contains("maximum number of words", error.Message);
    }
}
