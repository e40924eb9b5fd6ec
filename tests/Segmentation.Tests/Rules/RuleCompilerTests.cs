using System.Text.Json;
using Outreach.Segmentation.Rules;

namespace Outreach.Segmentation.Tests.Rules;

public sealed class RuleCompilerTests
{
    private readonly RuleCompiler compiler = new();

    [Fact]
    public void Json_rule_tree_compiles_to_parameterised_where_clause()
    {
        const string json = """
            { "type": "group", "op": "and", "children": [
                { "type": "condition", "field": "sex", "operator": "=", "value": "F" },
                { "type": "condition", "field": "age", "operator": "between", "value": [18, 30] },
                { "type": "group", "op": "not", "children": [
                    { "type": "condition", "field": "products", "operator": "contains", "value": "roaming" } ] } ] }
            """;
        var rule = JsonSerializer.Deserialize<RuleNode>(json, JsonSerializerOptions.Web)!;

        var sql = compiler.Compile(rule);

        Assert.Equal("((s.sex = @p0) AND (extract(year from age(s.birth_date)) BETWEEN @p1 AND @p2) "
            + "AND (NOT (s.products @> @p3)))", sql.WhereSql);
        Assert.Equal(["p0", "p1", "p2", "p3"], sql.Parameters.Select(p => p.Name));
        Assert.Equal("F", sql.Parameters[0].Value);
        Assert.Equal(18m, sql.Parameters[1].Value);
        Assert.Equal(new[] { "roaming" }, (string[])sql.Parameters[3].Value);
    }

    [Fact]
    public void Rule_tree_survives_a_json_round_trip()
    {
        var rule = RuleGroup.AnyOf(RuleCondition.Of("balance", "<", 5), RuleCondition.Of("consentSms", "is true"));

        var json = JsonSerializer.Serialize<RuleNode>(rule, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<RuleNode>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(compiler.Compile(rule), compiler.Compile(back), new SegmentSqlComparer());
        Assert.Contains("\"type\":\"group\"", json);
    }

    [Theory]
    [InlineData("'; DROP TABLE subscribers; --")]
    [InlineData("x' OR '1'='1")]
    [InlineData("\") OR TRUE --")]
    public void Sql_injection_in_a_value_only_ever_becomes_a_parameter(string attack)
    {
        var rule = RuleGroup.AllOf(
            RuleCondition.Of("region", "=", attack),
            RuleCondition.Of("lastName", "in", new[] { attack }),
            RuleCondition.Of("interests", "does not contain", attack));

        var sql = compiler.Compile(rule);

        Assert.DoesNotContain(attack, sql.WhereSql);
        Assert.DoesNotContain("'", sql.WhereSql.Replace("'{}'", ""));
        Assert.Equal(attack, sql.Parameters[0].Value);
    }

    [Theory]
    [InlineData("balance; DROP TABLE subscribers")]
    [InlineData("s.balance")]
    [InlineData("password")]
    public void Unknown_field_is_a_clear_error_naming_the_node(string field)
    {
        var rule = RuleGroup.AllOf(RuleCondition.Of("sex", "=", "M"), RuleCondition.Of(field, "=", 1));

        var error = Assert.Single(compiler.Validate(rule));

        Assert.Equal("$.children[1]", error.Path);
        Assert.Equal($"unknown field '{field}'", error.Message);
        Assert.Throws<RuleValidationException>(() => compiler.Compile(rule));
    }

    [Fact]
    public void Country_calls_read_the_jsonb_with_the_country_as_a_parameter()
    {
        var sql = compiler.Compile(RuleCondition.Of("intlCallsTo:ua", ">=", 5));

        Assert.Equal("(coalesce((f.intl_calls_by_country ->> @p0)::int, 0) >= @p1)", sql.WhereSql);
        Assert.Equal("UA", sql.Parameters[0].Value);
        Assert.Equal(5m, sql.Parameters[1].Value);
    }

    [Theory]
    [InlineData("intlCallsTo")]
    [InlineData("intlCallsTo:UA'--")]
    [InlineData("intlCallsTo:UKR")]
    public void Country_calls_without_a_two_letter_code_are_refused(string field)
    {
        var error = Assert.Single(compiler.Validate(RuleCondition.Of(field, ">", 1)));

        Assert.Contains("two-letter country code", error.Message);
    }

    [Theory]
    [InlineData("balance", "contains", "5", "does not apply to Number field 'balance'")]
    [InlineData("balance", ">", "\"lots\"", "needs a number")]
    [InlineData("age", "between", "[1]", "needs [from, to] numbers")]
    [InlineData("lastActiveOn", "within last days", "0", "whole number of days")]
    [InlineData("birthDate", "before", "\"01/02/1990\"", "yyyy-MM-dd")]
    [InlineData("region", "in", "[]", "needs a list of texts")]
    public void Wrong_operator_or_value_is_reported(string field, string op, string valueJson, string expected)
    {
        var rule = new RuleCondition { Field = field, Operator = op, Value = JsonDocument.Parse(valueJson).RootElement };

        var error = Assert.Single(compiler.Validate(rule));

        Assert.Equal("$", error.Path);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Every_error_in_the_tree_is_reported_at_once()
    {
        var rule = RuleGroup.AnyOf(
            RuleGroup.AllOf(),
            new RuleGroup { Op = "not", Children = [RuleCondition.Of("sex", "=", "M"), RuleCondition.Of("sex", "=", "F")] },
            new RuleGroup { Op = "xor", Children = [RuleCondition.Of("sex", "=", "M")] });

        var paths = compiler.Validate(rule).Select(e => e.Path);

        Assert.Equal(["$.children[0]", "$.children[1]", "$.children[2]"], paths);
    }

    [Fact]
    public void Operators_by_type_compile_as_documented()
    {
        Assert.Equal("(s.tariff ILIKE @p0)", compiler.Compile(RuleCondition.Of("tariff", "contains", "50%")).WhereSql);
        Assert.Equal("%50\\%%", compiler.Compile(RuleCondition.Of("tariff", "contains", "50%")).Parameters[0].Value);
        Assert.Equal("(s.consent_call IS FALSE)", compiler.Compile(RuleCondition.Of("consentCall", "is false")).WhereSql);
        Assert.Equal("(f.last_active_on >= current_date - @p0)",
            compiler.Compile(RuleCondition.Of("lastActiveOn", "within last days", 30)).WhereSql);
        Assert.Equal(new DateOnly(1990, 1, 2),
            compiler.Compile(RuleCondition.Of("birthDate", "after", "1990-01-02")).Parameters[0].Value);
        Assert.Equal("((s.region IS NULL OR s.region <> ALL(@p0)))",
            compiler.Compile(RuleCondition.Of("region", "not in", new[] { "Kyiv", "Lviv" })).WhereSql);
    }

    [Fact]
    public void Column_names_are_accepted_as_field_aliases()
    {
        var sql = compiler.Compile(RuleCondition.Of("sms_per_month", ">=", 100));

        Assert.Equal("(f.sms_per_month >= @p0)", sql.WhereSql);
    }

    [Fact]
    public void An_ML_segment_is_a_number_attribute_read_from_the_stored_assignment()
    {
        var sql = compiler.Compile(RuleGroup.Negate(RuleCondition.Of("cluster", "=", 2)));

        Assert.Equal("(NOT (sc.cluster = @p0))", sql.WhereSql);
        Assert.Equal(2m, sql.Parameters[0].Value);
        Assert.Contains("subscriber_clusters sc", SegmentSql.FromClause);
    }

    [Fact]
    public void Catalog_lists_every_field_with_its_operators()
    {
        var fields = FieldCatalog.Default.Fields;

        Assert.Contains(fields, f => f.Name == "age" && f.Type == FieldType.Number && !f.IsFact);
        Assert.Contains(fields, f => f.Name == "interests" && f.Type == FieldType.TextArray && f.IsFact);
        Assert.All(fields, f => Assert.NotEmpty(f.Operators));
    }

    private sealed class SegmentSqlComparer : IEqualityComparer<SegmentSql>
    {
        public bool Equals(SegmentSql? x, SegmentSql? y) =>
            x!.WhereSql == y!.WhereSql && x.Parameters.SequenceEqual(y.Parameters);

        public int GetHashCode(SegmentSql obj) => obj.WhereSql.GetHashCode();
    }
}
