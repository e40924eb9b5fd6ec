using System.Globalization;
using System.Text;
using Outreach.Segmentation.Tabular;

namespace Outreach.Benchmarks.Segmentation;

/// <summary>A seeded synthetic base: 18 behaviour numbers and 2 text columns, five behaviour groups.</summary>
internal static class SyntheticBase
{
    public const int Groups = 5;

    public static FeatureTable Create(int rows, int numericColumns, int seed)
    {
        var random = new Random(seed);
        var group = new int[rows];
        for (var r = 0; r < rows; r++)
            group[r] = random.Next(Groups);
        var columns = new List<TableColumn>();
        for (var c = 0; c < numericColumns; c++)
        {
            var values = new float[rows];
            for (var r = 0; r < rows; r++)
                values[r] = r % 211 == c ? float.NaN : (float)(((group[r] + c) % Groups * 10) + (random.NextDouble() * 12));
            columns.Add(new NumericColumn($"fact_{c + 1}_per_month", values));
        }
        columns.Add(new TextColumn("tariff", Enumerable.Range(0, rows).Select(r => group[r] % 2).ToArray(), ["prepaid", "postpaid"]));
        columns.Add(new TextColumn("region", Enumerable.Range(0, rows).Select(_ => random.Next(8)).ToArray(),
            Enumerable.Range(1, 8).Select(i => "R" + i).ToArray()));
        return new FeatureTable(columns);
    }

    /// <summary>Writes the table as CSV, to time reading a real file too.</summary>
    public static void WriteCsv(FeatureTable table, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(string.Join(',', table.Columns.Select(c => c.Name)));
        var line = new StringBuilder();
        for (var r = 0; r < table.RowCount; r++)
        {
            line.Clear();
            foreach (var column in table.Columns)
            {
                if (!ReferenceEquals(column, table.Columns[0]))
                    line.Append(',');
                line.Append(column switch
                {
                    NumericColumn n when !n.IsMissing(r) => n.Values[r].ToString("0.##", CultureInfo.InvariantCulture),
                    TextColumn t => t.ValueAt(r),
                    _ => "",
                });
            }
            writer.WriteLine(line);
        }
    }
}
