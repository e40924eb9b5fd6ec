namespace Outreach.Campaigns.Dialling;

/// <summary>How a campaign reaches subscribers (C1, D6).</summary>
public static class CampaignChannel
{
    public const string AgentCall = "agent_call";
    public const string VoiceMessage = "voice_message";
    public const string Sms = "sms";
    public const string Email = "email";
}
