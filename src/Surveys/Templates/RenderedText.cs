namespace Outreach.Surveys.Templates;

/// <summary>The rendered text and the placeholders that named no field of the profile (left as written).</summary>
public sealed record RenderedText(string Text, IReadOnlyList<string> UnknownFields)
{
    /// <summary>True when every placeholder was filled.</summary>
    public bool IsComplete => UnknownFields.Count == 0;
}
