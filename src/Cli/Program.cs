using System.CommandLine;
using Outreach.Cli;

// The `outreach` command. Each sub-command lives in its own file under Commands/ and is
// registered here, so adding one touches a single line of this file.
var root = new RootCommand("Outreach: outbound campaigns and predictive dialling.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
