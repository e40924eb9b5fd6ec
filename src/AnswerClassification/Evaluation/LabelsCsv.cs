using System.Globalization;

namespace Outreach.AnswerClassification.Evaluation;

/// <summary>
/// Reads labels.csv: a header line, then <c>file,class</c> per line (class: human, machine, fax, sit, silence,
/// unknown), optionally a third column <c>beepEndSeconds</c>; further columns are ignored.
/// </summary>
public static class LabelsCsv
{
    /// <summary>The labelled files, or a one-line error naming the line that is wrong.</summary>
    public static (IReadOnlyList<LabelledFile> Files, string? Error) Parse(IEnumerable<string> lines)
    {
        var files = new List<LabelledFile>();
        var number = 0;
        foreach (var line in lines)
        {
            if (++number == 1 || string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split(',');
            if (cells.Length < 2 || !Enum.TryParse<AnswerKind>(cells[1].Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                return ([], $"line {number}: expected file,class with class one of {string.Join(", ", Enum.GetNames<AnswerKind>().Select(n => n.ToLowerInvariant()))}");
            double? beep = null;
            if (cells.Length > 2 && cells[2].Trim() is { Length: > 0 } text)
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                    return ([], $"line {number}: beepEndSeconds '{text}' is not a number");
                beep = seconds;
            }
            files.Add(new LabelledFile(cells[0].Trim(), kind, beep));
        }
        return (files, null);
    }
}
