using System.Text.Encodings.Web;
using System.Text.Json;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Json;

/// <summary>Writes a survey in the JSON format, leaving out what is empty so files stay short and diffable.</summary>
internal static class SurveyJsonWriter
{
    public static void Write(Utf8JsonWriter writer, Survey survey)
    {
        writer.WriteStartObject();
        writer.WriteString("format", SurveyJsonReader.Format);
        writer.WriteString("id", survey.Id);
        writer.WriteString("title", survey.Title);
        writer.WriteString("firstStep", survey.FirstStepId);
        writer.WriteStartArray("steps");
        foreach (var step in survey.Steps)
        {
            WriteStep(writer, step);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Options for the writer: indented, and non-ASCII letters kept readable (the reader of the file is a person too).</summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteStep(Utf8JsonWriter writer, Step step)
    {
        writer.WriteStartObject();
        writer.WriteString("id", step.Id);
        writer.WriteString("type", StepTypeNames.NameOf(step.Kind));
        writer.WriteString("text", step.Text);
        if (step.Options.Count > 0)
        {
            writer.WriteStartArray("options");
            foreach (var option in step.Options)
            {
                writer.WriteStartObject();
                writer.WriteString("id", option.Id);
                writer.WriteString("label", option.Label);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        WriteOptionalNumber(writer, "min", step.Min);
        WriteOptionalNumber(writer, "max", step.Max);
        if (step.IsEnd)
        {
            writer.WriteBoolean("end", true);
        }
        if (step.Transitions.Count > 0)
        {
            writer.WriteStartArray("next");
            foreach (var transition in step.Transitions)
            {
                WriteTransition(writer, transition);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteTransition(Utf8JsonWriter writer, Transition transition)
    {
        writer.WriteStartObject();
        switch (transition.Condition)
        {
            case OnOption option:
                writer.WriteString("option", option.OptionId);
                break;
            case InRange range:
                writer.WriteStartArray("range");
                writer.WriteNumberValue(range.Min);
                writer.WriteNumberValue(range.Max);
                writer.WriteEndArray();
                break;
            case When expression:
                writer.WriteString("when", expression.Expression);
                break;
            default:
                writer.WriteBoolean("default", true);
                break;
        }
        writer.WriteString("to", transition.Target);
        writer.WriteEndObject();
    }

    private static void WriteOptionalNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
