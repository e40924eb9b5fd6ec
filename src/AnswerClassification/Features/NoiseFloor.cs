namespace Outreach.AnswerClassification.Features;

/// <summary>
/// An adaptive noise floor by minimum statistics: the quietest frame energy of the last 1.7–1.9 s (seven blocks
/// of 240 ms). It follows a quieter line at once and a noisier one within 2 s, and speech, which always has gaps
/// between words, does not lift it.
/// </summary>
public sealed class NoiseFloor
{
    private const int Blocks = 7;
    private const int FramesPerBlock = 12;
    private readonly float[] blockMinimum = new float[Blocks];
    private int block;
    private int framesInBlock;
    private int filledBlocks;
    private float currentMinimum = float.MaxValue;

    /// <summary>The floor in dB full scale (the first frame's energy until more is known).</summary>
    public float Db { get; private set; } = float.NaN;

    /// <summary>Feeds one frame's energy in dB full scale.</summary>
    public void Step(float energyDb)
    {
        currentMinimum = Math.Min(currentMinimum, energyDb);
        if (++framesInBlock == FramesPerBlock)
        {
            blockMinimum[block] = currentMinimum;
            block = (block + 1) % Blocks;
            filledBlocks = Math.Min(Blocks, filledBlocks + 1);
            (framesInBlock, currentMinimum) = (0, float.MaxValue);
        }
        var floor = currentMinimum;
        for (var i = 0; i < filledBlocks; i++)
            floor = Math.Min(floor, blockMinimum[i]);
        Db = floor;
    }

    /// <summary>Back to the state of a new call.</summary>
    public void Reset()
    {
        (block, framesInBlock, filledBlocks, currentMinimum, Db) = (0, 0, 0, float.MaxValue, float.NaN);
    }
}
