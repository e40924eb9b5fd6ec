using Outreach.AnswerClassification.Features;

namespace Outreach.AnswerClassification.Deciding;

/// <summary>Tells a person from a machine by the speech heard so far; called once a frame until it decides.</summary>
internal interface IAnswerDecider
{
    /// <summary>A decision, or null to hear more.</summary>
    AnswerDecision? Decide(SpeechTracker speech);

    /// <summary>Back to the state of a new call.</summary>
    void Reset();
}
