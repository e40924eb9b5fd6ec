using Outreach.Surveys.Model;

namespace Outreach.Web.Surveys;

/// <summary>Places steps in columns by their distance from the first step, for the designer's flow picture.</summary>
public sealed class SurveyGraphLayout
{
    public const int NodeWidth = 150, NodeHeight = 44, ColumnGap = 70, RowGap = 26, Margin = 16;

    /// <summary>A step's box.</summary>
    public sealed record Node(string Id, string Label, double X, double Y, bool IsEnd, bool IsFirst);

    /// <summary>An arrow between two boxes (a missing target ends nowhere and is not drawn).</summary>
    public sealed record Edge(Node From, Node To, string Label);

    public IReadOnlyList<Node> Nodes { get; }
    public IReadOnlyList<Edge> Edges { get; }
    public double Width { get; }
    public double Height { get; }

    public SurveyGraphLayout(IReadOnlyList<StepDraft> steps, string firstStepId)
    {
        var depth = Depths(steps, firstStepId);
        var unreachable = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        var nodes = new Dictionary<string, Node>();
        foreach (var column in steps.GroupBy(s => depth.TryGetValue(s.Id, out var d) ? d : unreachable).OrderBy(g => g.Key))
        {
            var row = 0;
            foreach (var s in column)
            {
                var x = Margin + column.Key * (NodeWidth + ColumnGap);
                var y = Margin + row++ * (NodeHeight + RowGap);
                nodes.TryAdd(s.Id, new Node(s.Id, $"{s.Id} ({Short(s.Kind)})", x, y, s.IsEnd, s.Id == firstStepId));
            }
        }
        Nodes = nodes.Values.ToList();
        Edges = steps.Where(s => !s.IsEnd && nodes.ContainsKey(s.Id)).SelectMany(s => s.Transitions
            .Where(t => nodes.ContainsKey(t.Target)).Select(t => new Edge(nodes[s.Id], nodes[t.Target], t.Describe()))).ToList();
        Width = Nodes.Count == 0 ? 0 : Nodes.Max(n => n.X) + NodeWidth + Margin;
        Height = Nodes.Count == 0 ? 0 : Nodes.Max(n => n.Y) + NodeHeight + Margin;
    }

    // Breadth-first, iterative: a long chain must not exhaust the stack.
    private static Dictionary<string, int> Depths(IReadOnlyList<StepDraft> steps, string first)
    {
        var byId = steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var depth = new Dictionary<string, int>();
        if (!byId.ContainsKey(first)) return depth;
        var queue = new Queue<string>([first]);
        depth[first] = 0;
        while (queue.TryDequeue(out var id))
        {
            if (byId[id].IsEnd) continue;
            foreach (var t in byId[id].Transitions)
            {
                if (!byId.ContainsKey(t.Target) || depth.ContainsKey(t.Target)) continue;
                depth[t.Target] = depth[id] + 1;
                queue.Enqueue(t.Target);
            }
        }
        return depth;
    }

    private static string Short(StepKind kind) => kind switch
    {
        StepKind.SingleChoice => "single", StepKind.MultipleChoice => "multiple", StepKind.YesNo => "yes/no",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
