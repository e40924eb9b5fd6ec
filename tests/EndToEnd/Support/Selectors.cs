namespace Outreach.EndToEnd.Support;

/// <summary>Selectors for MudBlazor fields, which put extra attributes on the input itself or on its wrapper.</summary>
public static class Selectors
{
    public static string Field(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    public static string Area(string testId) => $"textarea[data-testid={testId}], [data-testid={testId}] textarea";
}
