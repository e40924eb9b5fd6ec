using System.Text.RegularExpressions;
using static Outreach.Segmentation.Rules.RuleOperators;

namespace Outreach.Segmentation.Rules;

/// <summary>
/// Turns one condition into SQL. Column text comes only from the catalog; every value from the
/// rule becomes a parameter, so nothing typed by a user is ever part of the SQL text.
/// </summary>
internal sealed partial class ConditionTranslator(FieldCatalog catalog)
{
    public string Translate(RuleCondition condition, string path, CompilationContext ctx)
    {
        if (string.IsNullOrWhiteSpace(condition.Field))
            return ctx.Fail(path, "condition has no field");
        if (!catalog.TryGet(condition.Field, out var field, out var argument))
            return ctx.Fail(path, $"unknown field '{condition.Field}'");
        if (!field.Operators.Contains(condition.Operator))
            return ctx.Fail(path, $"operator '{condition.Operator}' does not apply to {field.Type} field "
                + $"'{field.Name}'; use one of: {string.Join(", ", field.Operators)}");
        var op = condition.Operator;
        return field.Type switch
        {
            FieldType.Number => NumberSql(field.SqlExpression, op, condition, path, ctx),
            FieldType.Text => TextSql(field.SqlExpression, op, condition, path, ctx),
            FieldType.Boolean => $"{field.SqlExpression} {(op == IsTrue ? "IS TRUE" : "IS FALSE")}",
            FieldType.Date => DateSql(field.SqlExpression, op, condition, path, ctx),
            FieldType.TextArray => ArraySql(field.SqlExpression, op, condition, path, ctx),
            FieldType.CountryCalls => CountrySql(field, argument, condition, path, ctx),
            _ => ctx.Fail(path, $"field type {field.Type} is not supported"),
        };
    }

    private static string NumberSql(string expr, string op, RuleCondition c, string path, CompilationContext ctx)
    {
        if (op == Between)
            return RuleValueReader.TryPair<decimal>(c.Value, RuleValueReader.TryNumber, out var from, out var to)
                ? $"{expr} BETWEEN {ctx.Add(from)} AND {ctx.Add(to)}"
                : ctx.Fail(path, $"'{c.Field} between' needs [from, to] numbers");
        return RuleValueReader.TryOne<decimal>(c.Value, RuleValueReader.TryNumber, out var number)
            ? $"{expr} {(op == NotEqual ? "<>" : op)} {ctx.Add(number)}"
            : ctx.Fail(path, $"'{c.Field} {op}' needs a number");
    }

    private static string TextSql(string expr, string op, RuleCondition c, string path, CompilationContext ctx)
    {
        if (op is In or NotIn)
        {
            if (!RuleValueReader.TryTextList(c.Value, out var list))
                return ctx.Fail(path, $"'{c.Field} {op}' needs a list of texts");
            return op == In ? $"{expr} = ANY({ctx.Add(list)})" : $"({expr} IS NULL OR {expr} <> ALL({ctx.Add(list)}))";
        }
        if (!RuleValueReader.TryOne<string>(c.Value, RuleValueReader.TryText, out var text))
            return ctx.Fail(path, $"'{c.Field} {op}' needs a text");
        return op switch
        {
            Equal => $"{expr} = {ctx.Add(text)}",
            NotEqual => $"{expr} IS DISTINCT FROM {ctx.Add(text)}",
            Contains => $"{expr} ILIKE {ctx.Add("%" + EscapeLike(text) + "%")}",
            _ => $"{expr} ILIKE {ctx.Add(EscapeLike(text) + "%")}",
        };
    }

    private static string DateSql(string expr, string op, RuleCondition c, string path, CompilationContext ctx)
    {
        if (op == Between)
            return RuleValueReader.TryPair<DateOnly>(c.Value, RuleValueReader.TryDate, out var from, out var to)
                ? $"{expr} BETWEEN {ctx.Add(from)} AND {ctx.Add(to)}"
                : ctx.Fail(path, $"'{c.Field} between' needs [from, to] dates as yyyy-MM-dd");
        if (op == WithinLastDays)
            return RuleValueReader.TryOne<int>(c.Value, RuleValueReader.TryPositiveInt, out var days)
                ? $"{expr} >= current_date - {ctx.Add(days)}"
                : ctx.Fail(path, $"'{c.Field} {op}' needs a whole number of days above 0");
        return RuleValueReader.TryOne<DateOnly>(c.Value, RuleValueReader.TryDate, out var date)
            ? $"{expr} {(op == Before ? "<" : ">")} {ctx.Add(date)}"
            : ctx.Fail(path, $"'{c.Field} {op}' needs a date as yyyy-MM-dd");
    }

    private static string ArraySql(string expr, string op, RuleCondition c, string path, CompilationContext ctx)
    {
        if (!RuleValueReader.TryTextList(c.Value, out var items))
            return ctx.Fail(path, $"'{c.Field} {op}' needs a text or a list of texts");
        // "contains" means all the listed items; "does not contain" means none of them.
        return op == Contains
            ? $"{expr} @> {ctx.Add(items)}"
            : $"NOT (coalesce({expr}, '{{}}') && {ctx.Add(items)})";
    }

    private static string CountrySql(FieldDefinition field, string? country, RuleCondition c, string path,
        CompilationContext ctx)
    {
        if (country is null || !CountryCode().IsMatch(country))
            return ctx.Fail(path, $"'{c.Field}' needs a two-letter country code, e.g. {field.Name}:UA");
        var expr = $"coalesce(({field.SqlExpression} ->> {ctx.Add(country.ToUpperInvariant())})::int, 0)";
        return NumberSql(expr, c.Operator, c, path, ctx);
    }

    // Users search for text, not patterns: % and _ typed by them must match literally.
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCode();
}
