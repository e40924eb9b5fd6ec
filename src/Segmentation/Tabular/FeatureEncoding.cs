namespace Outreach.Segmentation.Tabular;

/// <summary>
/// Turns a <see cref="FeatureTable"/> into a <see cref="FeatureMatrix"/>, fitted once on training
/// data and reused on new rows: blanks become the column mean, text becomes one-hot flags of its
/// frequent categories, numbers are optionally standardised (z-scores, for distance-based models).
/// </summary>
public sealed class FeatureEncoding
{
    /// <summary>At most this many categories per text column become slots; the rest read as all zeros.</summary>
    public const int MaxCategoriesPerColumn = 12;

    /// <summary>Categories rarer than this share are dropped: they say nothing about a segment, and
    /// a column of unique values (names, ids) drops out entirely.</summary>
    public const double MinCategoryShare = 0.01;

    private readonly IReadOnlyList<SlotEncoding> encodings;

    private FeatureEncoding(IReadOnlyList<SlotEncoding> encodings) => this.encodings = encodings;

    public IReadOnlyList<FeatureSlot> Slots => encodings.Select(e => e.Slot).ToArray();

    /// <summary>Learns the slots from a table, leaving out the named columns (id, label).</summary>
    public static FeatureEncoding Fit(FeatureTable table, IEnumerable<string> excludedColumns, bool standardize)
    {
        var excluded = new HashSet<string>(excludedColumns, StringComparer.OrdinalIgnoreCase);
        var slots = new List<SlotEncoding>();
        foreach (var column in table.Columns.Where(c => !excluded.Contains(c.Name)))
        {
            if (column is NumericColumn numeric)
                slots.AddRange(FitNumeric(numeric, standardize));
            else if (column is TextColumn text)
                slots.AddRange(FitText(text));
        }
        return new FeatureEncoding(slots);
    }

    /// <summary>Encodes a table with the fitted slots; columns are matched by name.</summary>
    public FeatureMatrix Encode(FeatureTable table, CancellationToken ct = default)
    {
        var width = encodings.Count;
        var values = new float[(long)table.RowCount * width];
        for (var j = 0; j < width; j++)
        {
            ct.ThrowIfCancellationRequested();
            var encoding = encodings[j];
            var column = table.Find(encoding.Slot.Column)
                ?? throw new ArgumentException($"column '{encoding.Slot.Column}' is missing", nameof(table));
            FillSlot(column, encoding, values, j, width);
        }
        return new FeatureMatrix(Slots, values);
    }

    private static void FillSlot(TableColumn column, SlotEncoding encoding, float[] values, int slot, int width)
    {
        if (column is NumericColumn numeric)
        {
            for (var r = 0; r < numeric.Count; r++)
            {
                var v = numeric.Values[r];
                values[(r * width) + slot] = ((float.IsNaN(v) ? encoding.Fill : v) - encoding.Center) / encoding.Scale;
            }
            return;
        }
        var text = (TextColumn)column;
        var code = IndexOf(text.Categories, encoding.Slot.Category);
        for (var r = 0; r < text.Count; r++)
            values[(r * width) + slot] = code >= 0 && text.Codes[r] == code ? 1f : 0f;
    }

    private static int IndexOf(IReadOnlyList<string> categories, string? category)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.Equals(categories[i], category, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    private static IEnumerable<SlotEncoding> FitNumeric(NumericColumn column, bool standardize)
    {
        double sum = 0, sumSquares = 0;
        long count = 0;
        foreach (var v in column.Values)
        {
            if (float.IsNaN(v))
                continue;
            sum += v;
            sumSquares += (double)v * v;
            count++;
        }
        if (count == 0)
            yield break;
        var mean = sum / count;
        var std = Math.Sqrt(Math.Max(0, (sumSquares / count) - (mean * mean)));
        if (std < 1e-9)
            yield break; // a constant column separates nothing
        var slot = new FeatureSlot(column.Name, null);
        yield return standardize
            ? new SlotEncoding(slot, (float)mean, (float)mean, (float)std)
            : new SlotEncoding(slot, (float)mean, 0f, 1f);
    }

    private static IEnumerable<SlotEncoding> FitText(TextColumn column)
    {
        var counts = new long[column.Categories.Count];
        foreach (var code in column.Codes)
        {
            if (code >= 0)
                counts[code]++;
        }
        var minimum = Math.Max(1, MinCategoryShare * column.Count);
        return Enumerable.Range(0, counts.Length)
            .Where(c => counts[c] >= minimum && counts[c] < column.Count)
            .OrderByDescending(c => counts[c]).ThenBy(c => c)
            .Take(MaxCategoriesPerColumn)
            .Select(c => new SlotEncoding(new FeatureSlot(column.Name, column.Categories[c]), 0f, 0f, 1f));
    }
}
