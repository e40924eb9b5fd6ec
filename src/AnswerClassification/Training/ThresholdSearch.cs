using System.Globalization;
using Outreach.AnswerClassification.Model;

namespace Outreach.AnswerClassification.Training;

/// <summary>
/// Picks the model's two probability thresholds on tuning recordings. Among the pairs that keep human recall at
/// the minimum it takes the one with the least cost; when none does (a tuning set with a hard case no pair
/// saves), the least cost overall; the wait for silence before calling a person is searched with them. Cost: a person not called a person weighs <see cref="HumanErrorCost"/>, any
/// other error 1, and each second of audio waited <see cref="SecondCost"/>.
/// </summary>
internal static class ThresholdSearch
{
    public const double HumanErrorCost = 10;
    public const double SecondCost = 0.01;

    /// <summary>The silences after speech the model may be made to wait for before calling a person.</summary>
    public static readonly int[] HumanSilences = [300, 400, 500, 600, 700];

    public static (double Machine, double Human, int Silence, string Summary) Best(IReadOnlyList<CheckpointTrace> traces, AnswerModel model, double minimumHumanRecall)
    {
        var probabilities = traces.Select(t => t.Checkpoints.Select(c => model.MachineProbability(c.Features)).ToList()).ToList();
        var humans = traces.Count(t => t.Truth == AnswerKind.Human);
        (double Machine, double Human, int Silence, double Accuracy, double Recall, double Seconds, double Cost, bool Kept)? best = null;
        foreach (var silence in HumanSilences)
        for (var machine = 0.50; machine <= 0.995; machine += 0.01)
            for (var human = 0.01; human <= 0.50; human += 0.01)
            {
                int correct = 0, humansKept = 0, frames = 0;
                var candidate = model with { MachineThreshold = machine, HumanThreshold = human, MinimumHumanSilenceMilliseconds = silence };
                for (var i = 0; i < traces.Count; i++)
                {
                    var (kind, at) = traces[i].Decide(probabilities[i], candidate);
                    correct += kind == traces[i].Truth ? 1 : 0;
                    humansKept += kind == AnswerKind.Human && traces[i].Truth == AnswerKind.Human ? 1 : 0;
                    frames += at;
                }
                var recall = humans == 0 ? 1 : humansKept / (double)humans;
                var accuracy = correct / (double)Math.Max(1, traces.Count);
                var seconds = frames * AudioFrame.Seconds / Math.Max(1, traces.Count);
                var errors = traces.Count - correct;
                var humanErrors = humans - humansKept;
                var cost = HumanErrorCost * humanErrors + (errors - humanErrors) + SecondCost * seconds * traces.Count;
                var kept = recall + 1e-9 >= minimumHumanRecall;
                if (best is null || (kept && !best.Value.Kept) || (kept == best.Value.Kept && cost < best.Value.Cost - 1e-9))
                    best = (machine, human, silence, accuracy, recall, seconds, cost, kept);
            }
        var b = best!.Value;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"machine at P >= {b.Machine:F2}, human at P <= {b.Human:F2} after {b.Silence} ms of silence: accuracy {b.Accuracy:P1}, human recall {b.Recall:P1}, mean decision {b.Seconds:F2} s");
        return (Math.Round(b.Machine, 2), Math.Round(b.Human, 2), b.Silence, summary);
    }
}
