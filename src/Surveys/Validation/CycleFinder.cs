namespace Outreach.Surveys.Validation;

/// <summary>Finds cycles by an iterative depth-first search; each back edge found yields one cycle, as step indexes.</summary>
internal static class CycleFinder
{
    public static List<List<int>> Find(List<int>[] successors, int maxCycles)
    {
        var state = new byte[successors.Length]; // 0 unseen, 1 on the stack, 2 done
        var cycles = new List<List<int>>();
        var path = new List<int>();
        var cursor = new Stack<(int Node, int Next)>();
        for (var root = 0; root < successors.Length && cycles.Count < maxCycles; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }
            cursor.Push((root, 0));
            state[root] = 1;
            path.Add(root);
            while (cursor.Count > 0)
            {
                var (node, next) = cursor.Pop();
                if (next < successors[node].Count)
                {
                    cursor.Push((node, next + 1));
                    Visit(successors[node][next], state, path, cursor, cycles);
                    continue;
                }
                state[node] = 2;
                path.RemoveAt(path.Count - 1);
            }
        }
        return cycles.Count > maxCycles ? cycles[..maxCycles] : cycles;
    }

    private static void Visit(int target, byte[] state, List<int> path, Stack<(int, int)> cursor, List<List<int>> cycles)
    {
        if (state[target] == 1)
        {
            // A back edge: the cycle is the part of the current path from the target on.
            var start = path.LastIndexOf(target);
            var cycle = path[start..];
            cycle.Add(target);
            cycles.Add(cycle);
            return;
        }
        if (state[target] == 0)
        {
            state[target] = 1;
            path.Add(target);
            cursor.Push((target, 0));
        }
    }
}
