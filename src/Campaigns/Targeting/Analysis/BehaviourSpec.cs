namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>
/// How one analysis column is read: trusted SQL over <c>subscribers s</c> and <c>subscriber_facts f</c>;
/// <see cref="Argument"/> (a product, interest or country taken from the data) is bound as a parameter.
/// </summary>
internal sealed record BehaviourSpec(string Name, BehaviourKind Kind, string RuleField, string? Argument, string Sql);
