using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Outreach.AnswerClassification;
using Outreach.AnswerClassification.Evaluation;
using Outreach.AnswerClassification.Files;

namespace Outreach.Cli.Commands.Amd;

/// <summary>`outreach amd classify FILE...`: one line per file with its class, confidence and decision time.</summary>
internal static class AmdClassifyCommand
{
    /// <summary>Exit code when some file could not be classified (the others still are).</summary>
    public const int SomeFilesFailed = 1;

    /// <summary>Exit code for unusable arguments.</summary>
    public const int BadArguments = 2;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "WAV recordings of answered calls.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line." };
        var decider = new Option<string?>("--decider") { Description = "rules or ml (default: the shipped default)." };
        var command = new Command("classify", "Classify recordings: human, machine, fax, sit, silence or unknown.") { files, json, decider };
        command.SetAction((ParseResult p, CancellationToken ct) =>
            Task.FromResult(Run(p.GetValue(files)!, p.GetValue(json), p.GetValue(decider), Console.Out, Console.Error)));
        return command;
    }

    /// <summary>The command's work, callable in-process: results on <paramref name="output"/>, errors and notes on <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> files, bool json, string? deciderName, TextWriter output, TextWriter error)
    {
        if (AmdCommand.ParseDecider(deciderName) is not { } decider)
        {
            error.WriteLine($"error: --decider must be rules or ml, not '{deciderName}'");
            return BadArguments;
        }
        AnswerClassifier classifier;
        try
        {
            classifier = new AnswerClassifier(new ClassifierOptions { Decider = decider });
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadArguments;
        }
        var failed = false;
        foreach (var file in files)
            failed |= !ClassifyOne(file, classifier, json, output, error);
        return failed ? SomeFilesFailed : 0;
    }

    private static bool ClassifyOne(string file, AnswerClassifier classifier, bool json, TextWriter output, TextWriter error)
    {
        WaveAudio audio;
        try
        {
            audio = WaveAudio.Read(file);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {file}: {(e is FileNotFoundException ? "file not found" : e.Message)}");
            return false;
        }
        if (audio.Conversion is { } note)
            error.WriteLine($"note: {file}: {note}");
        var result = ClassifiedAudio.Of(audio.Samples, classifier);
        output.WriteLine(json ? JsonLine(file, result, audio.Conversion) : TextLine(file, result));
        return true;
    }

    private static string JsonLine(string file, ClassifiedAudio result, string? note) => JsonSerializer.Serialize(new
    {
        file,
        @class = result.Decision.Kind.ToString().ToLowerInvariant(),
        confidence = Math.Round(result.Decision.Confidence, 3),
        decisionSeconds = Math.Round(result.Decision.At.TotalSeconds, 2),
        messageStartSeconds = result.MessageStart is { } m ? Math.Round(m.TotalSeconds, 2) : (double?)null,
        reason = result.Decision.Reason.ToString(),
        note,
    }, Json);

    private static string TextLine(string file, ClassifiedAudio result)
    {
        var d = result.Decision;
        var message = result.MessageStart is { } m ? string.Create(CultureInfo.InvariantCulture, $", message at {m.TotalSeconds:F2} s") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{file}: {d.Kind.ToString().ToLowerInvariant()} ({d.Confidence:F2}) at {d.At.TotalSeconds:F2} s by {d.Reason}{message}");
    }
}
