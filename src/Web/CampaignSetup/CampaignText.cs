using Outreach.Campaigns.Dialling;

namespace Outreach.Web.CampaignSetup;

/// <summary>The words the pages use for stored campaign values.</summary>
public static class CampaignText
{
    public static string Channel(string channel) => channel switch
    {
        CampaignChannel.AgentCall => "Agent calls",
        CampaignChannel.VoiceMessage => "Automated voice message",
        CampaignChannel.Sms => "SMS",
        CampaignChannel.Email => "E-mail",
        _ => channel,
    };

    public static string Mode(string mode) => mode switch
    {
        "preview" => "Preview (agent sees the card, then dials)",
        "progressive" => "Progressive (one call per free agent)",
        "power" => "Power (fixed lines per agent)",
        "predictive" => "Predictive (paced from statistics)",
        "agentless" => "Agentless (message only)",
        _ => mode,
    };

    public static string Subscribers(long n) => $"{n:N0} subscriber{(n == 1 ? "" : "s")}";

    public static string Minutes(int minutes) => minutes switch
    {
        _ when minutes % 1440 == 0 => $"{minutes / 1440} d",
        _ when minutes % 60 == 0 => $"{minutes / 60} h",
        _ => $"{minutes} min",
    };
}
