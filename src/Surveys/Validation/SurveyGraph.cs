using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>
/// The steps of a survey as a directed graph over step indexes, with the searches the graph rules need.
/// Searches are iterative so a 2,000-step chain cannot overflow the stack.
/// </summary>
internal sealed class SurveyGraph
{
    private readonly List<int>[] predecessors;

    public SurveyGraph(Survey survey)
    {
        Steps = survey.Steps;
        Index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Steps.Count; i++)
        {
            Index.TryAdd(Steps[i].Id, i);
        }
        Successors = new List<int>[Steps.Count];
        predecessors = new List<int>[Steps.Count];
        for (var i = 0; i < Steps.Count; i++)
        {
            Successors[i] = [];
            predecessors[i] = [];
        }
        for (var i = 0; i < Steps.Count; i++)
        {
            foreach (var transition in Steps[i].Transitions)
            {
                if (Index.TryGetValue(transition.Target, out var target) && !Successors[i].Contains(target))
                {
                    Successors[i].Add(target);
                    predecessors[target].Add(i);
                }
            }
        }
        First = Index.TryGetValue(survey.FirstStepId, out var first) ? first : -1;
    }

    public IReadOnlyList<Step> Steps { get; }

    public Dictionary<string, int> Index { get; }

    public List<int>[] Successors { get; }

    public int First { get; }

    /// <summary>Steps reachable from the first step.</summary>
    public bool[] Reachable() => First < 0 ? new bool[Steps.Count] : Flood([First], Successors);

    /// <summary>Steps from which some path reaches an end step.</summary>
    public bool[] ReachesEnd()
    {
        var ends = Enumerable.Range(0, Steps.Count).Where(i => Steps[i].IsEnd);
        return Flood(ends, predecessors);
    }

    /// <summary>Steps from which the given step can be reached (itself excluded unless on a cycle).</summary>
    public bool[] Ancestors(int step) => Flood(predecessors[step], predecessors);

    private bool[] Flood(IEnumerable<int> starts, List<int>[] edges)
    {
        var seen = new bool[Steps.Count];
        var queue = new Queue<int>();
        foreach (var start in starts)
        {
            if (!seen[start])
            {
                seen[start] = true;
                queue.Enqueue(start);
            }
        }
        while (queue.Count > 0)
        {
            foreach (var next in edges[queue.Dequeue()])
            {
                if (!seen[next])
                {
                    seen[next] = true;
                    queue.Enqueue(next);
                }
            }
        }
        return seen;
    }
}
