namespace Outreach.Segmentation.Tabular;

/// <summary>Seeded choices of rows, so that samples and splits repeat run after run.</summary>
public static class RowSampling
{
    /// <summary>Up to <paramref name="count"/> distinct rows of 0..rows-1, in ascending order.</summary>
    public static int[] Sample(int rows, int count, int seed)
    {
        if (count >= rows)
            return Enumerable.Range(0, rows).ToArray();
        var all = Shuffled(Enumerable.Range(0, rows).ToArray(), seed);
        var chosen = all.AsSpan(0, count).ToArray();
        Array.Sort(chosen);
        return chosen;
    }

    /// <summary>A seeded Fisher–Yates shuffle of the given items (the array is shuffled in place).</summary>
    public static T[] Shuffled<T>(T[] items, int seed)
    {
        new Random(seed).Shuffle(items);
        return items;
    }
}
