namespace Outreach.Segmentation.Patterns;

/// <summary>An item and the rows where it holds, as a bit set, so pair counts are AND + popcount.</summary>
internal sealed record ItemBits(PatternItem Item, ulong[] Bits, int Count)
{
    public int CountTogether(ItemBits other)
    {
        var count = 0;
        for (var i = 0; i < Bits.Length; i++)
            count += System.Numerics.BitOperations.PopCount(Bits[i] & other.Bits[i]);
        return count;
    }
}
