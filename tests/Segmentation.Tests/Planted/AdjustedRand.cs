namespace Outreach.Segmentation.Tests.Planted;

/// <summary>The adjusted Rand index of two labellings: 1 for the same partition, about 0 by chance.</summary>
internal static class AdjustedRand
{
    public static double Index(int[] truth, int[] found)
    {
        var pairs = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var cols = new Dictionary<int, long>();
        for (var i = 0; i < truth.Length; i++)
        {
            pairs[(truth[i], found[i])] = pairs.GetValueOrDefault((truth[i], found[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            cols[found[i]] = cols.GetValueOrDefault(found[i]) + 1;
        }
        static double Choose2(long n) => n * (n - 1) / 2.0;
        var index = pairs.Values.Sum(Choose2);
        var a = rows.Values.Sum(Choose2);
        var b = cols.Values.Sum(Choose2);
        var expected = a * b / Choose2(truth.Length);
        var max = (a + b) / 2;
        return (index - expected) / (max - expected);
    }
}
