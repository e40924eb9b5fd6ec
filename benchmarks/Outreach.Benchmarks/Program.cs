BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point: pick benchmarks with --filter, e.g. --filter '*Survey*'.</summary>
public partial class Program;
