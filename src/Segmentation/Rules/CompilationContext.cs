namespace Outreach.Segmentation.Rules;

/// <summary>Collects parameters and errors while one rule tree is compiled.</summary>
internal sealed class CompilationContext
{
    // Returned in place of SQL for a node that failed, so compilation can go on and report every error.
    private const string FailedNode = "FALSE";

    public List<(string Name, object Value)> Parameters { get; } = [];

    public List<RuleValidationError> Errors { get; } = [];

    /// <summary>Adds a parameter and returns its placeholder (<c>@p3</c>).</summary>
    public string Add(object value)
    {
        var name = "p" + Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Parameters.Add((name, value));
        return "@" + name;
    }

    public string Fail(string path, string message)
    {
        Errors.Add(new RuleValidationError(path, message));
        return FailedNode;
    }
}
