using System.CommandLine;

namespace Outreach.Cli;

/// <summary>Every sub-command of the `outreach` tool, one line each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return Commands.SimulateCommand.Create();
    }
}
