using System.CommandLine;
using Outreach.Cli.Commands;

namespace Outreach.Cli;

/// <summary>Every sub-command of the `outreach` tool, one line each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return SimulateCommand.Create();
        yield return ModelEvaluateCommand.CreateGroup();
        yield return Commands.Amd.AmdCommand.CreateGroup();
        yield return SegmentCommand.Create();
        yield return ImportCommand.Create();
        yield return MigrateCommand.Create();
        yield return DemoDataCommand.Create();
        yield return LoadTestCommand.Create();
    }
}
