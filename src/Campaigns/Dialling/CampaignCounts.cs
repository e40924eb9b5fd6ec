namespace Outreach.Campaigns.Dialling;

/// <summary>A campaign's attempt counts as stored, for its board after a restart.</summary>
public sealed record CampaignCounts(long Placed, long HumanAnswers, long Machines, long Connected, long Abandoned, long Waited)
{
    /// <summary>Share of the live answers decided (connected or abandoned) that found no agent ready; 0 before any.</summary>
    public double WaitRate => Connected + Abandoned == 0 ? 0 : (double)Waited / (Connected + Abandoned);
}
