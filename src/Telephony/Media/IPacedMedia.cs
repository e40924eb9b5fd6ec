namespace Outreach.Telephony.Media;

/// <summary>Something the shared 20 ms clock drives: a bridge, a playback. One call of <see cref="Tick"/> per frame period.</summary>
public interface IPacedMedia
{
    void Tick();

    /// <summary>True once it has nothing more to do; the scheduler then forgets it.</summary>
    bool Finished { get; }
}
