using System.Globalization;
using BenchmarkDotNet.Running;
using Outreach.Benchmarks;
using Outreach.Dialer.Pacing;

// A first word picks a scenario runner; anything else goes to BenchmarkDotNet (--filter '*Survey*').
//   grid [minutes] [seeds,...] [modes,...]   the pacing scenario grid table
//   bounds [minutes] [seeds,...]             predictive against progressive, the best adaptive setting and the oracle
//   speed                                    the 8-hour, 100-agent simulation, timed
//   segmentation [rows]                      clustering, patterns and propensity on a synthetic base
//   import [rows] / segment-count [rows]     bulk import and rule-segment count on PostgreSQL (OUTREACH_DB)
//   targeting-list [rows]                    targeting list size, preview and freeze by propensity (OUTREACH_DB)
//   analysis-jobs [rows]                     ML segments, patterns, propensity jobs end to end on PostgreSQL
//   reports [attempts]                       M2 campaign results and agent efficiency on PostgreSQL (OUTREACH_DB)
//   sip-cps [calls] [rate] [concurrency]     SIP calls per second against sipp -sn uas, ours then sipp's own UAC (JSON lines)
//   rtp-load [calls] [seconds] [sipp,echo,bridge,bridge-paced] N bridged calls of two-way G.711 over loopback, server in a child process
//   amd-streams [counts] [seconds]           N calls classified at once in real time, beside an energy-only VAD
switch (args.FirstOrDefault())
{
    case "grid":
        var minutes = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 480;
        var seeds = args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [1, 2, 3];
        var modes = args.Length > 3 ? args[3].Split(',').Select(m => Enum.Parse<DialingMode>(m, true)).ToArray() : Enum.GetValues<DialingMode>();
        Console.Write(GridRunner.Run(minutes, seeds, modes));
        break;
    case "bounds":
        Console.Write(BoundsRunner.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 240,
            args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [1, 2, 3]));
        break;
    case "speed":
        Console.Write(SpeedRunner.Run());
        break;
    case "segmentation":
        Outreach.Benchmarks.Segmentation.SegmentationRunner.Run(args[1..]);
        break;
    case "import":
        await Outreach.Benchmarks.Import.ImportRunner.RunAsync(args[1..]);
        break;
    case "segment-count":
        await Outreach.Benchmarks.Targeting.SegmentCountRunner.RunAsync(args[1..]);
        break;
    case "targeting-list":
        await Outreach.Benchmarks.Targeting.TargetingListRunner.RunAsync(args[1..]);
        break;
    case "analysis-jobs":
        await Outreach.Benchmarks.Analysis.AnalysisJobsRunner.RunAsync(args[1..]);
        break;
    case "reports":
        await Outreach.Benchmarks.Reports.ReportsRunner.RunAsync(args[1..]);
        break;
    case "sip-cps":
        await Outreach.Benchmarks.Sip.SipCallRateRunner.RunAsync(args[1..]);
        break;
    case "rtp-load":
        await Outreach.Benchmarks.Media.RtpLoadRunner.RunAsync(args[1..]);
        break;
    case "rtp-serve":
        await Outreach.Benchmarks.Media.RtpLoadServer.RunAsync(args[1]);
        break;
    case "amd-streams":
        Outreach.Benchmarks.AnswerClassification.StreamsRunner.Run(args[1..]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(GridRunner).Assembly).Run(args);
        break;
}
