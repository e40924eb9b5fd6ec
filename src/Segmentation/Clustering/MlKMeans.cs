using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Outreach.Segmentation.Clustering;

/// <summary>Trains ML.NET k-means (k-means++ initialisation) and returns its centroids.</summary>
internal static class MlKMeans
{
    /// <summary>
    /// Trains <paramref name="restarts"/> times from different seeded initialisations and keeps the
    /// tightest (lowest within-cluster sum of squares): one k-means++ start can land two centroids in
    /// one group and merge two others, which would also mislead the choice of K.
    /// </summary>
    public static float[][] TrainBest(float[][] rows, int k, int seed, int restarts)
    {
        float[][] best = [];
        var bestInertia = double.MaxValue;
        for (var attempt = 0; attempt < Math.Max(1, restarts); attempt++)
        {
            var centroids = Train(rows, k, seed + (attempt * 7919));
            var inertia = rows.Sum(r => NearestCentroid.SquaredDistance(r, centroids[NearestCentroid.Of(r, centroids)]));
            if (inertia < bestInertia)
            {
                bestInertia = inertia;
                best = centroids;
            }
        }
        return best;
    }

    public static float[][] Train(float[][] rows, int k, int seed)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType =
            new VectorDataViewType(NumberDataViewType.Single, rows[0].Length);
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows.Select(r => new VectorRow { Features = r }), schema));
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(VectorRow.Features),
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            // One thread: ML.NET's parallel k-means++ makes results depend on thread timing.
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 200,
        });
        var model = trainer.Fit(data).Model;
        VBuffer<float>[] centroids = [];
        model.GetClusterCentroids(ref centroids, out var found);
        return centroids.Take(found).Select(c => c.DenseValues().ToArray()).ToArray();
    }
}
