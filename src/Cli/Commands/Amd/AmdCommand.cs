using System.CommandLine;
using Outreach.AnswerClassification.Deciding;

namespace Outreach.Cli.Commands.Amd;

/// <summary>`outreach amd`: answer classification (human, machine, fax, SIT, silence) on recordings.</summary>
internal static class AmdCommand
{
    public static Command CreateGroup()
    {
        var group = new Command("amd", "Answer classification from audio: classify recordings, evaluate on a labelled set, train the model.");
        group.Subcommands.Add(AmdClassifyCommand.Create());
        group.Subcommands.Add(AmdEvaluateCommand.Create());
        group.Subcommands.Add(AmdTrainCommand.Create());
        return group;
    }

    /// <summary>The decider for a --decider value (rules or ml), or null when it is neither.</summary>
    public static DeciderKind? ParseDecider(string? value) => value?.ToLowerInvariant() switch
    {
        null => Outreach.AnswerClassification.ClassifierOptions.DefaultDecider,
        "rules" => DeciderKind.Rules,
        "ml" or "model" => DeciderKind.Model,
        _ => null,
    };
}
