using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Outreach.Segmentation.Clustering;

/// <summary>Trains ML.NET k-means (k-means++ initialisation) and returns its centroids.</summary>
internal static class MlKMeans
{
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
