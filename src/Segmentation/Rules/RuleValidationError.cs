namespace Outreach.Segmentation.Rules;

/// <summary>What is wrong with one node of a rule tree; <see cref="Path"/> names the node, e.g. <c>$.children[1]</c>.</summary>
public sealed record RuleValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
