using Outreach.Segmentation.Patterns;
using Outreach.Segmentation.Rules;
using Outreach.Segmentation.Tests.Planted;

namespace Outreach.Segmentation.Tests.Patterns;

public sealed class AssociationMinerTests
{
    [Fact]
    public void Planted_association_is_found_with_the_highest_lift()
    {
        var table = PlantedAssociation.Create(30_000, seed: 21);

        var rules = new AssociationMiner().Mine(table);

        var top = rules[0];
        Assert.Equal(["intl_calls_ua", "sms_per_month"], new[] { top.Antecedent.Column, top.Consequent.Column });
        Assert.True(top.Lift > 2.5, $"lift {top.Lift}");
        Assert.True(top.Confidence > 0.8, $"confidence {top.Confidence}");
        Assert.InRange(top.Support, 0.04, 0.07);
        Assert.All(rules.Skip(1), r => Assert.True(r.Lift < top.Lift / 1.5, r.Description + " " + r.Lift));
    }

    [Fact]
    public void Numbers_mostly_zero_read_as_above_zero()
    {
        var table = PlantedAssociation.Create(5_000, seed: 2);

        var top = new AssociationMiner().Mine(table)[0];

        Assert.Equal(PatternItemKind.AtLeast, top.Antecedent.Kind);
        Assert.Equal(3, top.Antecedent.Threshold);
        Assert.Equal("intl calls ua ≥ 3", top.Antecedent.Description);
    }

    [Fact]
    public void A_pattern_is_usable_as_a_segment_filter()
    {
        var table = PlantedAssociation.Create(5_000, seed: 4);
        var top = new AssociationMiner().Mine(table)[0];

        var sql = new RuleCompiler().Compile(RuleGroup.AllOf(top.Consequent.ToCondition()));

        Assert.Equal("((f.sms_per_month >= @p0))", sql.WhereSql);
        Assert.Equal((decimal)top.Consequent.Threshold, sql.Parameters[0].Value);
    }

    [Fact]
    public void Rules_respect_minimum_support_and_excluded_columns()
    {
        var table = PlantedAssociation.Create(5_000, seed: 8);
        var options = new AssociationOptions { MinSupport = 0.05, ExcludedColumns = ["sms_per_month"] };

        var rules = new AssociationMiner().Mine(table, options);

        Assert.All(rules, r => Assert.True(r.Support >= 0.05));
        Assert.DoesNotContain(rules, r => r.Antecedent.Column == "sms_per_month" || r.Consequent.Column == "sms_per_month");
    }
}
