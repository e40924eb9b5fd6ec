using Outreach.AnswerClassification.Features;

namespace Outreach.AnswerClassification.Deciding;

/// <summary>
/// The rule baseline, after Asterisk's app_amd: too many words or too long a greeting is a machine, a short
/// greeting followed by enough silence is a person, no speech at all for the initial silence is dead air.
/// Confidences are fixed per rule: the rules do not measure how sure they are.
/// </summary>
internal sealed class RuleDecider : IAnswerDecider
{
    private readonly int initialSilenceFrames;
    private readonly int greetingFrames;
    private readonly int afterGreetingFrames;
    private readonly int maximumWords;

    public RuleDecider(RuleOptions options)
    {
        initialSilenceFrames = AudioFrame.FramesIn(options.InitialSilenceMilliseconds);
        greetingFrames = AudioFrame.FramesIn(options.GreetingMilliseconds);
        afterGreetingFrames = AudioFrame.FramesIn(options.AfterGreetingSilenceMilliseconds);
        maximumWords = options.MaximumWords;
    }

    public AnswerDecision? Decide(SpeechTracker speech)
    {
        var at = AudioFrame.TimeAt(speech.Frames);
        if (!speech.HasWords)
            return speech.Frames >= initialSilenceFrames ? new(AnswerKind.Silence, 0.9f, at, AnswerReason.InitialSilence) : null;
        if (speech.Words > maximumWords)
            return new(AnswerKind.Machine, 0.8f, at, AnswerReason.MaximumWords);
        if (speech.SpeechFrames >= greetingFrames)
            return new(AnswerKind.Machine, 0.85f, at, AnswerReason.LongGreeting);
        if (speech.TrailingSilenceFrames >= afterGreetingFrames)
            return new(AnswerKind.Human, 0.85f, at, AnswerReason.AfterGreetingSilence);
        return null;
    }

    public void Reset()
    {
    }
}
