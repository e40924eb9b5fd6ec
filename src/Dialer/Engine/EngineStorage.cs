namespace Outreach.Dialer.Engine;

/// <summary>The grain storage provider the engine's grains checkpoint to (PostgreSQL, registered by the host).</summary>
public static class EngineStorage
{
    public const string Name = "outreach";
}
