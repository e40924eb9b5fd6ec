namespace Outreach.Segmentation.Rules;

/// <summary>Thrown by <see cref="RuleCompiler.Compile"/> when the tree is invalid; carries every error found.</summary>
public sealed class RuleValidationException(IReadOnlyList<RuleValidationError> errors)
    : Exception("Invalid rule: " + string.Join("; ", errors))
{
    public IReadOnlyList<RuleValidationError> Errors { get; } = errors;
}
