using System.ComponentModel.DataAnnotations;

namespace Outreach.Web.Hosting;

/// <summary>Demo mode: on first start, load a generated base and the demo users (run.sh turns it on).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    [Range(0, 5_000_000)]
    public int Subscribers { get; set; } = 50_000;

    public int Seed { get; set; } = 42;

    /// <summary>Bot agents the demo campaign starts with, so the dashboard is alive on first start (0 = no demo campaign).</summary>
    [Range(0, 1_000)]
    public int Bots { get; set; } = 12;
}
