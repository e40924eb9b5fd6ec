using NAudio.Wave;

namespace Outreach.Cli.Tests;

/// <summary>A temporary folder of generated call recordings (tones, dead air) as WAV files, deleted on dispose.</summary>
internal sealed class AmdRecordings : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("amd-cli-").FullName;

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>Writes <paramref name="parts"/> (each a tone Hz or 0 for quiet line noise, and milliseconds) as a WAV file.</summary>
    public string Write(string name, int rate, int channels, params (double Hz, double Ms)[] parts)
    {
        var random = new Random(name.Length);
        var path = Path(name);
        using var writer = new WaveFileWriter(path, new WaveFormat(rate, 16, channels));
        var t = 0L;
        foreach (var (hz, ms) in parts)
            for (var i = 0; i < ms * rate / 1000; i++, t++)
            {
                var sample = hz > 0 ? 0.3 * Math.Sin(2 * Math.PI * hz * t / rate) : 0;
                var value = (short)((sample + (random.NextDouble() - 0.5) * 0.002) * 32767);
                for (var c = 0; c < channels; c++)
                    writer.WriteSample(value / 32768f);
            }
        return path;
    }

    public string Fax(string name = "fax.wav", int rate = 8000, int channels = 1) => Write(name, rate, channels, (0, 300), (2100, 3000), (0, 500));

    public string Sit(string name = "sit.wav") => Write(name, 8000, 1, (0, 100), (913.8, 276), (1370.6, 276), (1776.7, 380), (0, 3000));

    public string DeadAir(string name = "silence.wav") => Write(name, 8000, 1, (0, 4000));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
