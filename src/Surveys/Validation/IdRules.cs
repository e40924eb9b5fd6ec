using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>Ids must be short and plain, because they travel in JSON, in stored answers and in condition text.</summary>
internal static class IdRules
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > SurveyLimits.MaxIdLength)
        {
            return false;
        }
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    public static string Describe(string? id) =>
        $"'{id}' is not a valid id: use 1 to {SurveyLimits.MaxIdLength} letters, digits, '_', '-' or '.'";
}
