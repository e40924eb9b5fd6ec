namespace Outreach.Web.Targeting.Analysis;

/// <summary>What a pattern run found: the strongest associations over how many subscribers.</summary>
public sealed record PatternSummary(int Rows, IReadOnlyList<PatternView> Patterns);

/// <summary>
/// One association as shown: "if" and "then" in words, its numbers, and the rule filter of both facts
/// (encoded for the segment builder's address; null when a fact has no rule attribute).
/// </summary>
public sealed record PatternView(string Antecedent, string Consequent, int Count, double Support, double Confidence, double Lift, string? Rule);
