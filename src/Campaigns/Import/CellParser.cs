using System.Globalization;

namespace Outreach.Campaigns.Import;

/// <summary>Reads one non-blank cell as the field's kind; a failure gives the reason a person can act on.</summary>
public sealed class CellParser(PhoneNormalizer phones)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
    private static readonly char[] ListSeparators = [';', '|'];

    /// <summary>Parses <paramref name="text"/>; returns false with <paramref name="error"/> set when it does not fit.</summary>
    public bool TryParse(ImportValueKind kind, string text, out object? value, out string? error)
    {
        error = null;
        value = kind switch
        {
            ImportValueKind.Text => text,
            ImportValueKind.Phone => phones.TryNormalize(text, out var phone) ? phone : Fail(phone, out error),
            ImportValueKind.Email => text.Contains('@') && !text.Contains(' ') ? text : Fail($"'{Short(text)}' is not an email address", out error),
            ImportValueKind.Sex => Sex(text) ?? Fail($"'{Short(text)}' is not a sex (use M or F)", out error),
            ImportValueKind.Date => Date(text, out error),
            ImportValueKind.Decimal => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
                ? d : Fail($"'{Short(text)}' is not a number (use a dot for decimals)", out error),
            ImportValueKind.Integer => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? i : Fail($"'{Short(text)}' is not a whole number", out error),
            ImportValueKind.Boolean => Boolean(text) ?? Fail($"'{Short(text)}' is not yes or no", out error),
            ImportValueKind.TextList => text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return error is null;
    }

    private static object? Fail(string reason, out string? error)
    {
        error = reason;
        return null;
    }

    private static object? Date(string text, out string? error)
    {
        error = null;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.Year is >= 1900 and <= 2100 ? DateOnly.FromDateTime(date) : Fail($"'{Short(text)}' is not a plausible date", out error);
        return Fail($"'{Short(text)}' is not a date (use YYYY-MM-DD)", out error);
    }

    private static string? Sex(string text) => text.ToUpperInvariant() switch
    {
        "M" or "MALE" => "M",
        "F" or "FEMALE" => "F",
        _ => null,
    };

    private static object? Boolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" => true,
        "false" or "no" or "n" or "0" => false,
        _ => null,
    };

    private static string Short(string text) => PhoneNormalizer.Shorten(text);
}
