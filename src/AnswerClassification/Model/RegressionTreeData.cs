namespace Outreach.AnswerClassification.Model;

/// <summary>
/// One regression tree of a boosted ensemble as flat arrays (ML.NET FastTree's layout): node i sends a vector
/// left when feature <c>Feature[i]</c> is at most <c>Threshold[i]</c>; a negative child -k-1 is leaf k.
/// </summary>
public sealed record RegressionTreeData
{
    public required int[] Feature { get; init; }
    public required float[] Threshold { get; init; }
    public required int[] Left { get; init; }
    public required int[] Right { get; init; }
    public required double[] Leaf { get; init; }
    public double Weight { get; init; } = 1;

    /// <summary>The leaf value this vector lands on.</summary>
    public double Evaluate(ReadOnlySpan<float> features)
    {
        if (Feature.Length == 0)
            return Leaf[0];
        var node = 0;
        while (node >= 0)
            node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        return Leaf[~node];
    }
}
