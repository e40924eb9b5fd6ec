using Outreach.Surveys.Model;

namespace Outreach.Surveys.Tests.Support;

/// <summary>
/// Builds a valid survey from a shape: steps s0..sN-1 with transitions only forward (so no cycles), a spanning tree from
/// s0 (so every step is reachable), the last one or two steps as ends, and transitions that suit each step's kind:
/// options, ranges that split 1..10, or conditions on subscriber fields and earlier answers with a default.
/// </summary>
internal static class ValidSurveyBuilder
{
    public static Survey Build(SurveyShape shape)
    {
        var genes = new GeneReader(shape.Genes);
        var count = Math.Max(2, shape.StepCount);
        var ends = count >= 4 ? 1 + genes.Next(2) : 1;
        var firstEnd = count - ends;
        var children = Children(genes, count, firstEnd);
        var steps = new List<Step>(count);
        for (var i = 0; i < count; i++)
        {
            steps.Add(i >= firstEnd ? EndStep(genes, i) : BranchStep(genes, i, children[i].Select(Id).ToList()));
        }
        return new Survey { Id = "generated", Title = shape.ToString(), FirstStepId = Id(0), Steps = steps };
    }

    public static string Id(int index) => $"s{index}";

    private static List<int>[] Children(GeneReader genes, int count, int firstEnd)
    {
        var children = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var i = 1; i < count; i++)
        {
            var parent = genes.Next(Math.Min(i, firstEnd)); // parents are never end steps
            children[parent].Add(i);
        }
        for (var i = 0; i < firstEnd; i++)
        {
            if (children[i].Count == 0 || genes.Chance(3))
            {
                var extra = i + 1 + genes.Next(count - i - 1);
                if (!children[i].Contains(extra))
                {
                    children[i].Add(extra);
                }
            }
        }
        return children;
    }

    private static Step EndStep(GeneReader genes, int index) => genes.Chance(3)
        ? new Step { Id = Id(index), Kind = StepKind.YesNo, Text = "Anything else, {FirstName}?", IsEnd = true }
        : new Step { Id = Id(index), Kind = StepKind.Say, Text = "Thank you, {FirstName}", IsEnd = true };

    private static Step BranchStep(GeneReader genes, int index, List<string> targets)
    {
        var kind = (StepKind)genes.Next(7);
        if (targets.Count > 2 && kind == StepKind.YesNo)
        {
            kind = StepKind.SingleChoice;
        }
        var step = new Step { Id = Id(index), Kind = kind, Text = $"Question {index} for {{FirstName}}" };
        return kind switch
        {
            StepKind.SingleChoice or StepKind.MultipleChoice => WithOptions(step, targets),
            StepKind.YesNo => step with { Transitions = [Transition.ForOption("yes", targets[0]), Transition.ForOption("no", targets[^1])] },
            StepKind.Number => WithRanges(step, targets),
            _ => WithConditions(genes, step, targets),
        };
    }

    private static Step WithOptions(Step step, List<string> targets) => step with
    {
        Options = targets.Select((_, i) => new StepOption($"o{i}", $"Option {i}")).ToList(),
        Transitions = targets.Select((target, i) => Transition.ForOption($"o{i}", target)).ToList(),
    };

    private static Step WithRanges(Step step, List<string> targets)
    {
        // More targets than numbers cannot be split into ranges; the surplus is reached through conditions instead.
        var ranged = targets.Take(10).ToList();
        var transitions = new List<Transition>();
        for (var i = 0; i < ranged.Count; i++)
        {
            var from = 1 + i * 10 / ranged.Count;
            var to = (i + 1) * 10 / ranged.Count;
            transitions.Add(Transition.ForRange(from, to, ranged[i]));
        }
        transitions.InsertRange(0, targets.Skip(10).Select(target => Transition.ForCondition("age > 1000", target)));
        return step with { Min = 1, Max = 10, Transitions = transitions };
    }

    private static Step WithConditions(GeneReader genes, Step step, List<string> targets)
    {
        var transitions = new List<Transition>();
        for (var i = 0; i < targets.Count - 1; i++)
        {
            var condition = genes.Next(3) switch
            {
                0 => $"age >= {20 + genes.Next(50)}",
                1 => $"tariff = 'Prepaid' or balance < {genes.Next(30)}",
                _ => $"not (region in ('North', 'South'))",
            };
            transitions.Add(Transition.ForCondition(condition, targets[i]));
        }
        transitions.Add(Transition.ByDefault(targets[^1]));
        return step with { Transitions = transitions };
    }
}
