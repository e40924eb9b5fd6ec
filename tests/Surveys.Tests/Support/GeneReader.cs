namespace Outreach.Surveys.Tests.Support;

/// <summary>Reads genes in turn, wrapping around, so any gene list (even a shrunk, empty one) builds something.</summary>
internal sealed class GeneReader(int[] genes)
{
    private int next;

    public int Next(int below)
    {
        if (below <= 1)
        {
            return 0;
        }
        var gene = genes.Length == 0 ? next : genes[next % genes.Length] + next / genes.Length;
        next++;
        return (int)((uint)gene % (uint)below);
    }

    public bool Chance(int outOf) => Next(outOf) == 0;
}
