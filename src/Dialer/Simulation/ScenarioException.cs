namespace Outreach.Dialer.Simulation;

/// <summary>A scenario file that cannot be used; the message names the field.</summary>
public sealed class ScenarioException(string field, string problem) : Exception($"scenario field '{field}': {problem}")
{
    /// <summary>The offending field, as a JSON path.</summary>
    public string Field { get; } = field;
}
