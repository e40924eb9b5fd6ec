using System.Globalization;
using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Propensity;

/// <summary>Reads accepted / not accepted from a label column of any type; blank labels are skipped rows.</summary>
internal static class OutcomeLabels
{
    private static readonly HashSet<string> PositiveWords =
        new(["1", "true", "yes", "y", "accepted", "accept", "positive"], StringComparer.OrdinalIgnoreCase);

    public static bool?[] Read(TableColumn column, string? positive, List<SkippedRow> skipped, int[] lines)
    {
        var labels = new bool?[column.Count];
        Func<int, bool> isPositive = column switch
        {
            NumericColumn numeric => NumericTest(numeric, positive),
            TextColumn text => TextTest(text, positive),
            _ => _ => false,
        };
        for (var r = 0; r < labels.Length; r++)
        {
            if (column.IsMissing(r))
                skipped.Add(new SkippedRow(lines[r], $"blank label in column '{column.Name}'"));
            else
                labels[r] = isPositive(r);
        }
        return labels;
    }

    private static Func<int, bool> NumericTest(NumericColumn column, string? positive)
    {
        if (positive is null)
            return r => column.Values[r] > 0;
        if (!double.TryParse(positive, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw new InvalidDataException($"--positive '{positive}' is not a number, but column '{column.Name}' is numeric");
        return r => Math.Abs(column.Values[r] - value) < 1e-6;
    }

    private static Func<int, bool> TextTest(TextColumn column, string? positive)
    {
        var positives = column.Categories
            .Select(c => positive is null ? PositiveWords.Contains(c) : string.Equals(c, positive, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return r => positives[column.Codes[r]];
    }
}
