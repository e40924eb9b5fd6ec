using System.CommandLine;

namespace Outreach.Cli.Commands.Amd;

/// <summary>`outreach amd train`: trains the person-or-machine model on a labelled corpus (filled in below).</summary>
internal static class AmdTrainCommand
{
    public static Command Create() => new("train", "Train the answer model on a corpus.");
}
