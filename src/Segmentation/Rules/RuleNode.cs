using System.Text.Json.Serialization;

namespace Outreach.Segmentation.Rules;

/// <summary>A node of a rule tree: a group (and/or/not) or a condition. Serialises with a "type" tag.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RuleGroup), "group")]
[JsonDerivedType(typeof(RuleCondition), "condition")]
public abstract record RuleNode;
