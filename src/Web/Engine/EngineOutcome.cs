using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>
/// The answer to a desktop or dashboard command: done, bad input (naming the field: 400 in the API), or refused by
/// the engine (409 in the API), or about something the user cannot see (404). The UI shows <see cref="Problem"/> as it is.
/// </summary>
public sealed record EngineOutcome(bool Ok, string? Field, string? Problem, bool Missing = false)
{
    public static readonly EngineOutcome Done = new(true, null, null);

    public bool IsInvalid => !Ok && Field is not null;

    public static EngineOutcome Invalid(string field, string problem) => new(false, field, problem);

    public static EngineOutcome Refused(string problem) => new(false, null, problem);

    public static EngineOutcome NotFound(string problem) => new(false, null, problem, Missing: true);

    public static EngineOutcome From(CommandOutcome outcome) =>
        outcome.Ok ? Done : Refused(outcome.Problem ?? "The engine refused the command.");
}
