using System.Globalization;
using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Patterns;

/// <summary>Turns table columns into yes/no items: "high" numbers (top quarter) and frequent text values.</summary>
internal static class ItemCatalog
{
    public static List<ItemBits> Build(FeatureTable table, AssociationOptions options, CancellationToken ct)
    {
        var excluded = new HashSet<string>(options.ExcludedColumns, StringComparer.OrdinalIgnoreCase);
        var items = new List<ItemBits>();
        foreach (var column in table.Columns.Where(c => !excluded.Contains(c.Name)))
        {
            ct.ThrowIfCancellationRequested();
            var found = column switch
            {
                NumericColumn numeric => HighItem(numeric, options) is { } item ? [item] : [],
                TextColumn text => CategoryItems(text, options),
                _ => [],
            };
            items.AddRange(found.Where(i => Frequent(i, table.RowCount, options)));
        }
        return items;
    }

    // An item true for most rows is the norm, not a pattern; a rare one has no support.
    private static bool Frequent(ItemBits item, int rows, AssociationOptions options) =>
        item.Count >= options.MinSupport * rows && item.Count <= 0.5 * rows;

    private static ItemBits? HighItem(NumericColumn column, AssociationOptions options)
    {
        var present = column.Values.Where(v => !float.IsNaN(v)).ToArray();
        if (present.Length == 0)
            return null;
        Array.Sort(present);
        var threshold = present[(int)Math.Min(present.Length - 1, options.HighQuantile * present.Length)];
        if (threshold <= present[0])
        {
            // Mostly the minimum (often 0: "never calls Ukraine"): "high" then means above it.
            var above = Array.FindIndex(present, v => v > present[0]);
            if (above < 0)
                return null;
            threshold = present[above];
        }
        var text = threshold.ToString("0.##", CultureInfo.InvariantCulture);
        var item = new PatternItem(column.Name, PatternItemKind.AtLeast, threshold, null,
            $"{ColumnLabel.Words(column.Name)} ≥ {text}");
        return Bits(item, column.Count, r => column.Values[r] >= threshold);
    }

    private static ItemBits[] CategoryItems(TextColumn column, AssociationOptions options)
    {
        var counts = new int[column.Categories.Count];
        foreach (var code in column.Codes)
        {
            if (code >= 0)
                counts[code]++;
        }
        return Enumerable.Range(0, counts.Length)
            .OrderByDescending(c => counts[c]).Take(options.MaxCategoriesPerColumn)
            .Select(code => Bits(
                new PatternItem(column.Name, PatternItemKind.EqualTo, 0, column.Categories[code],
                    CategoryWords(column.Name, column.Categories[code])),
                column.Count, r => column.Codes[r] == code))
            .ToArray();
    }

    private static ItemBits Bits(PatternItem item, int rows, Func<int, bool> holds)
    {
        var bits = new ulong[(rows + 63) / 64];
        var count = 0;
        for (var r = 0; r < rows; r++)
        {
            if (!holds(r))
                continue;
            bits[r >> 6] |= 1UL << (r & 63);
            count++;
        }
        return new ItemBits(item, bits, count);
    }

    // "tariff = prepaid" for a value; a yes/no flag reads as the fact ("has roaming pack").
    private static string CategoryWords(string column, string category) =>
        category is "yes" or "no" ? ColumnLabel.Fact(column, category) : $"{ColumnLabel.Words(column)} = {category}";
}
