using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Patterns;

/// <summary>
/// Finds implicit patterns: pairs of facts that go together more often than chance
/// ("calls Ukraine often → sends many SMS"), ranked by lift, with support and confidence.
/// </summary>
public sealed class AssociationMiner
{
    public IReadOnlyList<AssociationRule> Mine(FeatureTable table, AssociationOptions? options = null,
        CancellationToken ct = default)
    {
        options ??= new AssociationOptions();
        var rows = table.RowCount;
        if (rows == 0)
            return [];
        var items = ItemCatalog.Build(table, options, ct);
        var rules = new List<AssociationRule>();
        for (var i = 0; i < items.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            for (var j = i + 1; j < items.Count; j++)
            {
                if (items[i].Item.Column.Equals(items[j].Item.Column, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (Pair(items[i], items[j], rows, options) is { } rule)
                    rules.Add(rule);
            }
        }
        return rules
            .OrderByDescending(r => r.Lift).ThenByDescending(r => r.Support)
            .Take(options.Top)
            .ToArray();
    }

    private static AssociationRule? Pair(ItemBits a, ItemBits b, int rows, AssociationOptions options)
    {
        var together = a.CountTogether(b);
        if (together < options.MinSupport * rows)
            return null;
        var lift = (double)together * rows / ((double)a.Count * b.Count);
        if (lift <= 1)
            return null;
        // Lift is symmetric; the direction with the higher confidence reads as the stronger statement.
        var (from, to) = a.Count <= b.Count ? (a, b) : (b, a);
        return new AssociationRule(from.Item, to.Item, together,
            Math.Round((double)together / rows, 4),
            Math.Round((double)together / from.Count, 4),
            Math.Round(lift, 3));
    }
}
