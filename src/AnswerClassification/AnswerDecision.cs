using Outreach.AnswerClassification.Tones;

namespace Outreach.AnswerClassification;

/// <summary>A classification: what answered, how sure, at which audio time (from the first frame), and why.</summary>
public readonly record struct AnswerDecision(AnswerKind Kind, float Confidence, TimeSpan At, AnswerReason Reason, SitCode Sit = SitCode.None);
