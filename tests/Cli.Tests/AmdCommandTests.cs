using System.Text.Json;
using Outreach.Cli.Commands.Amd;

namespace Outreach.Cli.Tests;

public sealed class AmdCommandTests : IDisposable
{
    private readonly AmdRecordings recordings = new();

    public void Dispose() => recordings.Dispose();

    private static (int Code, string Output, string Error) Classify(string[] files, bool json = true, string? decider = null)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = AmdClassifyCommand.Run(files, json, decider, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Classify_prints_one_json_line_per_file_with_class_confidence_and_decision_time()
    {
        var (code, output, error) = Classify([recordings.Fax(), recordings.Sit(), recordings.DeadAir()]);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["fax", "sit", "silence"], lines.Select(l => l.GetProperty("class").GetString()));
        Assert.All(lines, l => Assert.InRange(l.GetProperty("confidence").GetDouble(), 0.5, 1));
        Assert.InRange(lines[0].GetProperty("decisionSeconds").GetDouble(), 0.6, 1.0);
        Assert.EndsWith("fax.wav", lines[0].GetProperty("file").GetString());
    }

    [Fact]
    public void A_file_that_is_not_wav_gets_one_error_line_and_the_others_go_on()
    {
        var text = recordings.Path("notes.wav");
        File.WriteAllText(text, "this is not audio");

        var (code, output, error) = Classify([text, recordings.Path("missing.wav"), recordings.Fax()]);

        Assert.Equal(AmdClassifyCommand.SomeFilesFailed, code);
        Assert.Single(output.TrimEnd().Split('\n'));
        var errors = error.TrimEnd().Split('\n');
        Assert.Equal(2, errors.Length);
        Assert.StartsWith($"error: {text}: not a WAV file", errors[0]);
        Assert.EndsWith("missing.wav: file not found", errors[1]);
    }

    [Fact]
    public void Another_rate_and_channel_count_are_resampled_and_a_note_says_so()
    {
        var (code, output, error) = Classify([recordings.Fax("fax-16k.wav", rate: 16000, channels: 2)]);

        Assert.Equal(0, code);
        Assert.Contains("note: ", error);
        Assert.Contains("resampled from 16000 Hz to 8000 Hz", error);
        Assert.Contains("2 channels averaged to mono", error);
        Assert.Equal("fax", JsonDocument.Parse(output).RootElement.GetProperty("class").GetString());
    }

    [Fact]
    public void Classify_takes_either_decider_and_refuses_another()
    {
        Assert.Contains("sit (", Classify([recordings.Sit()], json: false, decider: "rules").Output);
        Assert.Contains("sit (", Classify([recordings.Sit()], json: false, decider: "ml").Output);
        var (code, _, error) = Classify([recordings.Sit()], decider: "coin");
        Assert.Equal(AmdClassifyCommand.BadArguments, code);
        Assert.Equal("error: --decider must be rules or ml, not 'coin'", error.TrimEnd());
    }

    [Fact]
    public void Evaluate_reports_both_deciders_and_writes_the_profile()
    {
        recordings.Fax();
        recordings.Sit();
        recordings.DeadAir();
        recordings.Write("cng.wav", 8000, 1, (0, 200), (1100, 500), (0, 3000), (1100, 500), (0, 300));
        File.WriteAllText(recordings.Path("labels.csv"), "file,class\nfax.wav,fax\nsit.wav,sit\nsilence.wav,silence\ncng.wav,fax\n");
        var profile = recordings.Path("profile.json");
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = AmdEvaluateCommand.Run(new AmdEvaluateRequest(recordings.Folder, Json: true, profile, "rules", null), output, error, CancellationToken.None);

        Assert.Equal(0, code);
        var reports = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().ToList();
        Assert.Equal(["rules", "ml"], reports.Select(r => r.GetProperty("decider").GetString()));
        Assert.All(reports, r => Assert.Equal(1.0, r.GetProperty("accuracy").GetDouble()));
        Assert.All(reports, r => Assert.Equal(2, r.GetProperty("confusion").GetProperty("fax").GetProperty("fax").GetInt32()));
        var written = JsonDocument.Parse(File.ReadAllText(profile)).RootElement;
        Assert.Equal("rules", written.GetProperty("decider").GetString());
        Assert.Equal(1.0, written.GetProperty("classes").GetProperty("fax").GetProperty("decided").GetProperty("fax").GetDouble());
    }

    [Fact]
    public void Evaluate_prints_a_table_and_refuses_a_folder_without_labels()
    {
        recordings.Fax();
        File.WriteAllText(recordings.Path("labels.csv"), "file,class\nfax.wav,fax\n");
        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, AmdEvaluateCommand.Run(new AmdEvaluateRequest(recordings.Folder, false, null, null, null), output, error, CancellationToken.None));
        Assert.Contains("rules: 1 files, accuracy 100.00 %", output.ToString());
        Assert.Contains("true \\ decided", output.ToString());

        var empty = Directory.CreateTempSubdirectory("amd-cli-empty-").FullName;
        var (code, problem) = (AmdEvaluateCommand.Run(new AmdEvaluateRequest(empty, false, null, null, null), output, error, CancellationToken.None), error.ToString());
        Directory.Delete(empty);
        Assert.Equal(AmdEvaluateCommand.BadInput, code);
        Assert.Equal($"error: no labels.csv in {empty}", problem.TrimEnd());
    }

    [Fact]
    public void Command_line_reaches_the_commands()
    {
        var root = new System.CommandLine.RootCommand();
        foreach (var command in CommandCatalog.All())
            root.Subcommands.Add(command);

        Assert.Equal(AmdClassifyCommand.SomeFilesFailed, root.Parse(["amd", "classify", "--json", recordings.Path("none.wav")]).Invoke());
        Assert.Equal(AmdEvaluateCommand.BadInput, root.Parse(["amd", "evaluate", recordings.Path("nowhere")]).Invoke());
        Assert.Equal(AmdTrainCommand.BadInput, root.Parse(["amd", "train", recordings.Folder, "--out", recordings.Path("m.json")]).Invoke());
    }
}
