namespace Outreach.Surveys.Validation;

/// <summary>Rules about the walk: every step reachable, every step able to reach an end, and no cycles.</summary>
internal static class GraphRules
{
    private const int MaxCyclesReported = 20;

    public static void Check(ValidationContext context)
    {
        var graph = context.Graph;
        var reachable = graph.Reachable();
        var reachesEnd = graph.ReachesEnd();
        var firstId = context.Survey.FirstStepId;
        for (var i = 0; i < graph.Steps.Count; i++)
        {
            var step = graph.Steps[i];
            if (graph.Index[step.Id] != i)
            {
                continue; // a duplicate id, already reported
            }
            if (graph.First >= 0 && !reachable[i])
            {
                context.Add(ValidationCode.Unreachable, step.Id, $"Step '{step.Id}' is unreachable: no path from the first step '{firstId}' leads to it");
            }
            // A non-end step without transitions is already reported as such; saying "dead end" again adds nothing.
            if (!reachesEnd[i] && step.Transitions.Count > 0)
            {
                context.Add(ValidationCode.DeadEnd, step.Id, $"Step '{step.Id}' is a dead end: no path from it reaches an end step");
            }
        }
        foreach (var cycle in CycleFinder.Find(graph.Successors, MaxCyclesReported))
        {
            var ids = cycle.Select(i => graph.Steps[i].Id).ToList();
            context.Add(ValidationCode.Cycle, ids[0], $"Steps form a cycle: {string.Join(" -> ", ids)}");
        }
    }
}
