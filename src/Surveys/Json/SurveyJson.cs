using System.Text;
using System.Text.Json;
using Outreach.Surveys.Model;
using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Json;

/// <summary>
/// Import and export of a survey as JSON (format "outreach.survey/1", see docs/surveys.md), so a script can be reused
/// across campaigns and channels. Import never throws on bad input: it returns errors with a JSON path and a reason.
/// </summary>
public static class SurveyJson
{
    private const int MaxDepth = 16;

    /// <summary>Reads a survey document and validates the survey it holds.</summary>
    public static SurveyImportResult Import(string json, ValidationOptions? options = null)
    {
        if (json.Length > SurveyLimits.MaxJsonLength)
        {
            return Failed("$", $"the document is {json.Length:N0} characters; the limit is {SurveyLimits.MaxJsonLength:N0}");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                MaxDepth = MaxDepth,
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException error)
        {
            return Failed("$", $"not valid JSON: {error.Message}");
        }
        using (document)
        {
            var context = new JsonReadContext();
            var survey = new SurveyJsonReader(context).Read(document.RootElement);
            return survey is null
                ? new SurveyImportResult(null, context.Errors, [])
                : new SurveyImportResult(survey, [], SurveyValidator.Validate(survey, options));
        }
    }

    /// <summary>Writes the survey as indented JSON; importing the text gives the same survey back.</summary>
    public static string Export(Survey survey)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, SurveyJsonWriter.Options))
        {
            SurveyJsonWriter.Write(writer, survey);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static SurveyImportResult Failed(string path, string reason) => new(null, [new SurveyJsonError(path, reason)], []);
}
