using Outreach.Campaigns.Dialling;

namespace Outreach.Web.CampaignSetup;

/// <summary>A message template as edited: its channel ("sms", "email", "voice"), a subject for e-mail, a body with {fields} (C2).</summary>
public sealed class TemplateForm
{
    public string Channel { get; set; } = "";
    public string? Subject { get; set; }
    public string Body { get; set; } = "";

    public MessageTemplateSetting ToSetting() => new(Channel, Subject, Body);

    public static TemplateForm From(MessageTemplateSetting s) => new() { Channel = s.Channel, Subject = s.Subject, Body = s.Body };
}
