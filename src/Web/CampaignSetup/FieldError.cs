namespace Outreach.Web.CampaignSetup;

/// <summary>What is wrong with one field of a campaign: its API name (camelCase, e.g. "callerId"), its wizard step, the message.</summary>
public sealed record FieldError(string Field, WizardStep Step, string Message);
