namespace Outreach.Web.Api;

/// <summary>The ProblemDetails answers the API gives for bad requests.</summary>
internal static class ApiProblems
{
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            title: "The request is not valid");

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid");

    public static IResult NotFound(string what) =>
        TypedResults.Problem(title: $"{what} not found", statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>A positive whole number from a query value, or a message saying what is wrong with it.</summary>
    public static bool TryParsePositive(string? text, int fallback, int max, string field, out int value, out IResult? problem)
    {
        problem = null;
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (int.TryParse(text, out value) && value >= 1 && value <= max) return true;
        problem = Invalid(field, $"'{field}' must be a whole number from 1 to {max}; got '{text}'.");
        return false;
    }
}
