using System.Diagnostics;
using System.Globalization;
using Outreach.AnswerClassification;
using Outreach.AnswerClassification.Deciding;

namespace Outreach.Benchmarks.AnswerClassification;

/// <summary>
/// `amd-streams [counts] [seconds]`: N calls classified at once in real time. Every 20 ms tick each of the N
/// streams gets its next frame (from pre-generated audio, a stream starting a new call when its audio ends),
/// spread over the machine's cores; a tick that takes longer than 20 ms falls behind. Reports, per N and per
/// workload (the classifier with each decider, and a bare energy-only VAD as the reference), the share of ticks
/// that kept up, the tick time p50/p99 and the process CPU use.
/// </summary>
internal static class StreamsRunner
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);

    public static void Run(string[] args)
    {
        var counts = args.Length > 0 ? args[0].Split(',').Select(int.Parse).ToArray() : [1000, 2000, 4000];
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var audio = CallAudio.Mix(64);
        Console.WriteLine($"{Environment.ProcessorCount} cores, {seconds:F0} s per run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"{"streams",8} {"workload",-14} {"kept up",8} {"tick p50",9} {"tick p99",9} {"CPU",7}");
        foreach (var count in counts)
        {
            Report(count, "energy VAD", Measure(count, seconds, audio, i => new Stream(audio[i % audio.Length], null)));
            Report(count, "rules", Measure(count, seconds, audio, i => new Stream(audio[i % audio.Length], new AnswerClassifier(new ClassifierOptions { Decider = DeciderKind.Rules }))));
            Report(count, "ml (default)", Measure(count, seconds, audio, i => new Stream(audio[i % audio.Length], new AnswerClassifier(new ClassifierOptions { Decider = DeciderKind.Model }))));
        }
    }

    private static void Report(int count, string workload, (double KeptUp, double P50, double P99, double Cpu) r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,8} {workload,-14} {r.KeptUp,8:P1} {r.P50,7:F2}ms {r.P99,7:F2}ms {r.Cpu,7:P0}"));

    private static (double, double, double, double) Measure(int count, double seconds, short[][] audio, Func<int, Stream> create)
    {
        // Streams start at different points of their audio so calls begin and end all the time.
        var streams = Enumerable.Range(0, count).Select(create).ToArray();
        for (var i = 0; i < count; i++)
            streams[i].Offset = i * 7 % (streams[i].Audio.Length / AudioFrame.Samples);
        var partitions = Environment.ProcessorCount;
        var ticks = (int)(seconds / Tick.TotalSeconds);
        var durations = new double[ticks];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var next = Stopwatch.GetTimestamp();
        for (var t = 0; t < ticks; t++)
        {
            var started = Stopwatch.GetTimestamp();
            Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
            {
                for (var s = p; s < streams.Length; s += partitions)
                    streams[s].Next();
            });
            durations[t] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            next += (long)(Tick.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
                Thread.Sleep(wait);
        }
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / (wall.Elapsed.TotalSeconds * Environment.ProcessorCount);
        var sorted = durations.Order().ToArray();
        return (durations.Count(d => d <= Tick.TotalMilliseconds) / (double)ticks, sorted[ticks / 2], sorted[(int)(ticks * 0.99)], cpu);
    }

    private sealed class Stream(short[] audio, AnswerClassifier? classifier)
    {
        private readonly EnergyVad vad = new();

        public short[] Audio { get; } = audio;

        public int Offset { get; set; }

        public void Next()
        {
            if ((Offset + 1) * AudioFrame.Samples > Audio.Length)
            {
                Offset = 0;
                classifier?.Reset();
                vad.Reset();
            }
            var frame = Audio.AsSpan(Offset++ * AudioFrame.Samples, AudioFrame.Samples);
            if (classifier is null)
                vad.Push(frame);
            else
                classifier.Push(frame);
        }
    }
}
