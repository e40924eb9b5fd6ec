namespace Outreach.Surveys.Templates;

/// <summary>Where rendered text goes, which decides how it is escaped.</summary>
public enum RenderMode
{
    /// <summary>Plain text (agent console, SMS, speech): nothing is escaped.</summary>
    PlainText,
    /// <summary>HTML (web link, agent desktop markup): the template and every value are HTML-encoded.</summary>
    Html,
}
