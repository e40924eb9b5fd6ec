using System.Text.Json;
using Outreach.Segmentation.Rules;
using Outreach.Web.Targeting;

namespace Outreach.Web.Tests.Targeting;

/// <summary>The builder's model of nested and/or/not groups, and rules carried in links.</summary>
public sealed class RuleBuilderTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string JsonOf(RuleNode node) => JsonSerializer.Serialize(node, Json);

    [Fact]
    public void A_nested_rule_opens_in_the_builder_and_comes_back_the_same()
    {
        RuleNode rule = RuleGroup.AllOf(
            RuleCondition.Of("sex", "=", "F"),
            RuleGroup.AnyOf(
                RuleCondition.Of("age", "between", new[] { 18m, 30m }),
                RuleGroup.Negate(RuleGroup.AllOf(RuleCondition.Of("tariff", "in", new[] { "Prepaid Basic", "Prepaid Plus" }),
                    RuleCondition.Of("intlCallsTo:UA", ">=", 5m)))),
            RuleGroup.Negate(RuleCondition.Of("products", "contains", new[] { "Roaming Pack" })));

        var root = GroupRow.Root(rule);

        Assert.Equal(3, root.Children.Count);
        var nested = Assert.IsType<GroupRow>(root.Children[1]);
        Assert.Equal(RuleGroup.Or, nested.Op);
        var negatedGroup = Assert.IsType<GroupRow>(nested.Children[1]);
        Assert.True(negatedGroup.Negated);
        var country = Assert.IsType<ConditionRow>(negatedGroup.Children[1]);
        Assert.Equal(("intlCallsTo", "UA", "5"), (country.Field, country.Country, country.Value));
        Assert.True(Assert.IsType<ConditionRow>(root.Children[2]).Negated);
        Assert.Equal(JsonOf(rule), JsonOf(root.ToNode()));
        Assert.Empty(new RuleCompiler().Validate(root.ToNode()));
    }

    [Fact]
    public void A_single_condition_or_a_negated_group_is_held_by_a_top_group()
    {
        var single = GroupRow.Root(RuleCondition.Of("cluster", "=", 2));
        Assert.Equal("2", Assert.IsType<ConditionRow>(Assert.Single(single.Children)).Value);

        var negated = GroupRow.Root(RuleGroup.Negate(RuleGroup.AnyOf(RuleCondition.Of("sex", "=", "M"))));
        Assert.False(negated.Negated);
        Assert.True(Assert.IsType<GroupRow>(Assert.Single(negated.Children)).Negated);
    }

    [Fact]
    public void Column_names_from_mined_patterns_show_as_the_builders_attributes()
    {
        var row = ConditionRow.From(RuleCondition.Of("sms_per_month", ">=", 118m));
        Assert.Equal("smsPerMonth", row.Field);
        Assert.Equal("118", row.Value);
    }

    [Fact]
    public void Rules_travel_in_links_and_a_mangled_link_reads_as_none()
    {
        var rule = RuleGroup.AllOf(RuleCondition.Of("products", "contains", "Roaming Pack"), RuleCondition.Of("cluster", "=", 1));
        Assert.Equal(JsonOf(rule), JsonOf(SegmentLink.Decode(SegmentLink.Encode(rule))!));
        Assert.StartsWith("segments?rule=", SegmentLink.Href(rule));
        Assert.Null(SegmentLink.Decode("not-a-rule"));
        Assert.Null(SegmentLink.Decode("eyJ0eXBlIjoibm9wZSJ9"));
        Assert.Null(SegmentLink.Decode(null));
    }
}
