using Outreach.Campaigns.Dialling;

namespace Outreach.Web.CampaignSetup;

/// <summary>One retry rule as edited: the cause, the delay before the next try and how many retries it allows (C4).</summary>
public sealed class RetryRuleForm
{
    public string Cause { get; set; } = "";
    public int DelayMinutes { get; set; }
    public int MaxRetries { get; set; }

    public RetryRuleSetting ToSetting() => new(Cause, DelayMinutes, MaxRetries);

    public static RetryRuleForm From(RetryRuleSetting s) => new() { Cause = s.Cause, DelayMinutes = s.DelayMinutes, MaxRetries = s.MaxRetries };
}
