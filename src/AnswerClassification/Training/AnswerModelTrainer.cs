using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Features;
using Outreach.AnswerClassification.Model;

namespace Outreach.AnswerClassification.Training;

/// <summary>
/// Trains the person-or-machine model: ML.NET FastTree (boosted trees, logistic loss, Platt-calibrated) on the
/// feature vectors of every checkpoint of the training recordings that have speech, then exports the trees to
/// <see cref="AnswerModel"/> and picks the probability thresholds on the tuning recordings: the fastest pair that
/// keeps human recall at <see cref="TrainerOptions.MinimumHumanRecall"/> with the best accuracy. Seeded and
/// single-threaded, so the same corpus gives the same model.
/// </summary>
public sealed class AnswerModelTrainer(TrainerOptions? options = null)
{
    private readonly TrainerOptions options = options ?? new TrainerOptions();

    /// <summary>Trains on <paramref name="train"/>, tunes on <paramref name="tune"/>.</summary>
    public TrainingReport Train(IReadOnlyList<TrainingAudio> train, IReadOnlyList<TrainingAudio> tune, CancellationToken ct)
    {
        var limits = new RuleOptions();
        var trainTraces = Traces(train, limits, ct);
        var rows = trainTraces.Where(t => t.Truth is AnswerKind.Human or AnswerKind.Machine)
            .SelectMany(t => t.Checkpoints.Select(c => new CheckpointRow { Features = c.Features, Label = t.Truth == AnswerKind.Machine }))
            .ToList();
        if (rows.Count == 0 || rows.All(r => r.Label) || rows.All(r => !r.Label))
            throw new InvalidDataException("the training set needs both human and machine recordings with speech");
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
            Seed = options.Seed,
        });
        var transformer = trainer.Fit(data);
        var untuned = Export(transformer.Model, rows.Count);
        var deviation = MaximumDeviation(ml, transformer, untuned, rows);
        var tuneTraces = Traces(tune, limits, ct);
        var (machine, human, silence, tuning) = ThresholdSearch.Best(tuneTraces, untuned, options.MinimumHumanRecall);
        var model = untuned with
        {
            MachineThreshold = machine,
            HumanThreshold = human,
            MinimumHumanSilenceMilliseconds = silence,
            Provenance = $"FastTree {options.Trees} trees x {options.Leaves} leaves on {rows.Count} checkpoints of {train.Count} recordings; thresholds on {tune.Count} tuning recordings: {tuning}",
        };
        return new TrainingReport(model, rows.Count, deviation, tuning);
    }

    private List<CheckpointTrace> Traces(IReadOnlyList<TrainingAudio> audio, RuleOptions limits, CancellationToken ct)
    {
        var traces = new CheckpointTrace[audio.Count];
        Parallel.For(0, audio.Count, new ParallelOptions { CancellationToken = ct },
            i => traces[i] = CheckpointTrace.Of(audio[i], limits, options.FirstCheckpointMilliseconds, options.CheckpointMilliseconds));
        return [.. traces];
    }

    private AnswerModel Export(CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> model, int rows)
    {
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((tree, i) => new RegressionTreeData
        {
            Feature = [.. tree.NumericalSplitFeatureIndexes],
            Threshold = [.. tree.NumericalSplitThresholds],
            Left = [.. tree.LeftChild],
            Right = [.. tree.RightChild],
            Leaf = [.. tree.LeafValues],
            Weight = ensemble.TreeWeights[i],
        }).ToArray();
        return new AnswerModel
        {
            FeatureNames = AnswerFeatures.Names,
            Trees = trees,
            Bias = ensemble.Bias,
            PlattSlope = model.Calibrator.Slope,
            PlattOffset = model.Calibrator.Offset,
            FirstCheckpointMilliseconds = options.FirstCheckpointMilliseconds,
            CheckpointMilliseconds = options.CheckpointMilliseconds,
            Provenance = $"{rows} rows",
        };
    }

    // The exported trees must give ML.NET's own probabilities; this is the largest difference on the training rows.
    private static double MaximumDeviation(MLContext ml, ITransformer transformer, AnswerModel model, IReadOnlyList<CheckpointRow> rows)
    {
        var sample = rows.Where((_, i) => i % Math.Max(1, rows.Count / 500) == 0).ToList();
        var scored = ml.Data.CreateEnumerable<CheckpointPrediction>(transformer.Transform(ml.Data.LoadFromEnumerable(sample)), reuseRowObject: false);
        return sample.Zip(scored).Max(pair => Math.Abs(pair.Second.Probability - model.MachineProbability(pair.First.Features)));
    }

    private sealed class CheckpointRow
    {
        [VectorType(22)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class CheckpointPrediction
    {
        public float Probability { get; set; }
    }
}
