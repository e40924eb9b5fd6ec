using System.ComponentModel.DataAnnotations;

namespace Outreach.Web.Hosting;

/// <summary>The co-hosted Orleans silo: localhost clustering on these ports by default.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    public string ClusterId { get; set; } = "outreach";
}
