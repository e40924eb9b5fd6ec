namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>The scenarios of each class, drawn with one split's voices and texts from a seeded random source.</summary>
internal sealed class CorpusScenes(CorpusSplit split, Random random)
{
    private readonly string voice = Pick(CorpusPlan.Voices[split], random);
    private readonly int speed = 140 + random.Next(71);
    private readonly int pitch = 25 + random.Next(51);

    private string Language => voice.Split('+')[0].Split('-')[0];

    // People and machines start speaking after the same spread of delays, so the delay tells nothing by itself.
    private GapPart Lead() => random.NextDouble() < 0.9 ? Gap(0.2, 1.2) : Gap(1.2, 2.0);

    public (string, IReadOnlyList<CorpusPart>) Human()
    {
        var lead = Lead();
        return random.NextDouble() switch
        {
            < 0.42 => ("hello", [lead, Say(SpeechKind.Hello)]),
            < 0.62 => ("two-hellos", [lead, Say(SpeechKind.Hello), Gap(0.9, 1.6), Say(SpeechKind.Hello)]),
            < 0.85 => ("speaking", [lead, Say(SpeechKind.Speaking)]),
            < 0.93 => ("introduction", [lead, Say(SpeechKind.Introduction)]),
            _ => ("late-hello", [Gap(1.2, 2.0), Say(SpeechKind.Hello)]),
        };
    }

    public (string, IReadOnlyList<CorpusPart>) Machine()
    {
        var lead = Lead();
        var (kind, beep) = random.NextDouble() switch
        {
            < 0.20 => (SpeechKind.MachineShort, true),
            < 0.45 => (SpeechKind.MachineMedium, true),
            < 0.60 => (SpeechKind.MachineMedium, false),
            < 0.85 => (SpeechKind.MachineLong, true),
            _ => (SpeechKind.MachineLong, false),
        };
        var name = $"{kind.ToString()[7..].ToLowerInvariant()}-{(beep ? "beep" : "no-beep")}";
        if (!beep)
            return (name, [lead, Say(kind)]);
        return (name, [lead, Say(kind), Gap(0.1, 0.8), Beep()]);
    }

    public (string, IReadOnlyList<CorpusPart>) Fax()
    {
        var lead = Gap(0.02, 0.8);
        if (random.Next(2) == 0)
        {
            var hz = 1100 + (random.NextDouble() - 0.5) * 50;
            var on = 0.45 + random.NextDouble() * 0.1;
            return ("fax-cng", [lead, new TonePart(hz, on, 0.3), new GapPart(3.0), new TonePart(hz, on, 0.3), new GapPart(1.0)]);
        }
        var ced = 2100 + (random.NextDouble() - 0.5) * 20;
        return ("fax-ced", [lead, new TonePart(ced, 2.6 + random.NextDouble() * 1.2, 0.3), new GapPart(0.075), new TonePart(1750, 1.5, 0.3)]);
    }

    public (string, IReadOnlyList<CorpusPart>) Sit()
    {
        // Telcordia codes as (first high, first long, second high, second long).
        (bool, bool, bool, bool)[] codes = [(false, false, false, false), (true, true, false, false), (false, false, true, true), (true, true, true, true), (true, false, true, false)];
        var (h1, l1, h2, l2) = codes[random.Next(codes.Length)];
        double Jitter(double v, double share) => v * (1 + (random.NextDouble() - 0.5) * 2 * share);
        return ("sit", [
            Gap(0.02, 0.25),
            new TonePart(Jitter(h1 ? 985.2 : 913.8, 0.002), Jitter(l1 ? 0.380 : 0.276, 0.05), 0.2),
            new TonePart(Jitter(h2 ? 1428.5 : 1370.6, 0.002), Jitter(l2 ? 0.380 : 0.276, 0.05), 0.2),
            new TonePart(Jitter(1776.7, 0.002), Jitter(0.380, 0.05), 0.2),
            Gap(0.1, 0.3),
            Say(SpeechKind.Announcement),
        ]);
    }

    private TonePart Beep()
    {
        var seconds = Math.Exp(Math.Log(0.08) + random.NextDouble() * (Math.Log(1.5) - Math.Log(0.08)));
        return new TonePart(400 + random.NextDouble() * 1600, seconds, 0.2 + random.NextDouble() * 0.4, IsBeep: true);
    }

    private SpokenPart Say(SpeechKind kind) =>
        new(voice, speed, pitch, Pick(CorpusTexts.Of(Language, kind, split == CorpusSplit.HeldOut), random));

    private GapPart Gap(double min, double max) => new(min + random.NextDouble() * (max - min));

    private static T Pick<T>(IReadOnlyList<T> list, Random random) => list[random.Next(list.Count)];
}
