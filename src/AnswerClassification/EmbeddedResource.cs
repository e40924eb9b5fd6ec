using System.Reflection;

namespace Outreach.AnswerClassification;

/// <summary>Reads a text file embedded in this assembly (the trained model, the measured profile).</summary>
internal static class EmbeddedResource
{
    /// <summary>The text of the resource, or null when this build does not embed it.</summary>
    public static string? Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
