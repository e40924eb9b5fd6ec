using System.Text;

namespace Outreach.Surveys.Conditions;

/// <summary>Splits a condition into words, numbers, quoted texts and symbols.</summary>
internal static class ConditionLexer
{
    private static readonly string[] Symbols = ["<=", ">=", "!=", "<>", "=", "<", ">", "(", ")", ","];

    public static List<ConditionToken> Tokenize(string source)
    {
        var tokens = new List<ConditionToken>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetter(c) || c == '_')
            {
                SkipWhile(source, ref i, ch => char.IsLetterOrDigit(ch) || ch is '_' or '.');
                tokens.Add(new(ConditionTokenKind.Word, source[start..i], start));
            }
            else if (char.IsDigit(c) || (c == '-' && i + 1 < source.Length && char.IsDigit(source[i + 1])))
            {
                i++;
                SkipWhile(source, ref i, ch => char.IsDigit(ch) || ch == '.');
                tokens.Add(new(ConditionTokenKind.Number, source[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new(ConditionTokenKind.Text, ReadQuoted(source, ref i), start));
            }
            else
            {
                tokens.Add(ReadSymbol(source, ref i));
            }
        }
        tokens.Add(new(ConditionTokenKind.End, "", source.Length));
        return tokens;
    }

    private static void SkipWhile(string source, ref int i, Func<char, bool> predicate)
    {
        while (i < source.Length && predicate(source[i]))
        {
            i++;
        }
    }

    private static string ReadQuoted(string source, ref int i)
    {
        // A quote is written twice to stand for itself: 'O''Brien'.
        var quote = source[i];
        var start = i++;
        var text = new StringBuilder();
        while (i < source.Length)
        {
            if (source[i] == quote)
            {
                if (i + 1 < source.Length && source[i + 1] == quote)
                {
                    text.Append(quote);
                    i += 2;
                    continue;
                }
                i++;
                return text.ToString();
            }
            text.Append(source[i++]);
        }
        throw new ConditionSyntaxException(start, $"Text starting at position {start} has no closing {quote}");
    }

    private static ConditionToken ReadSymbol(string source, ref int i)
    {
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(source, i, symbol, 0, symbol.Length) == 0)
            {
                var token = new ConditionToken(ConditionTokenKind.Symbol, symbol, i);
                i += symbol.Length;
                return token;
            }
        }
        throw new ConditionSyntaxException(i, $"Unexpected character '{source[i]}' at position {i}");
    }
}
