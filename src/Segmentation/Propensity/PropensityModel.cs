using Microsoft.ML;
using Microsoft.ML.Data;
using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Propensity;

/// <summary>A trained propensity model: scores rows with the probability of accepting an offer.</summary>
public sealed class PropensityModel
{
    private readonly MLContext ml;
    private readonly ITransformer transformer;

    internal PropensityModel(MLContext ml, ITransformer transformer, FeatureEncoding encoding)
    {
        this.ml = ml;
        this.transformer = transformer;
        Encoding = encoding;
    }

    public FeatureEncoding Encoding { get; }

    /// <summary>Probability of acceptance per row of a table with the training columns (the label may be absent).</summary>
    public float[] Score(FeatureTable table, CancellationToken ct = default)
    {
        var matrix = Encoding.Encode(table, ct);
        var rows = Enumerable.Range(0, matrix.Rows).Select(r => new LabeledRow { Features = matrix.Row(r).ToArray() });
        return Probabilities(ToDataView(ml, rows, matrix.Width));
    }

    internal float[] Probabilities(IDataView data) =>
        transformer.Transform(data).GetColumn<float>("Probability").ToArray();

    internal IDataView Predict(IDataView data) => transformer.Transform(data);

    internal static IDataView ToDataView(MLContext ml, IEnumerable<LabeledRow> rows, int width)
    {
        var schema = SchemaDefinition.Create(typeof(LabeledRow));
        schema[nameof(LabeledRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
