namespace Outreach.Campaigns.Reports;

/// <summary>One campaign's results over a period (M2): what its attempts placed in the period came to.</summary>
public sealed class CampaignResultRow
{
    public long CampaignId { get; init; }
    public string Name { get; init; } = "";
    public string Department { get; init; } = "";
    public string Status { get; init; } = "";
    public string DialingMode { get; init; } = "";
    /// <summary>The survey the campaign pins, if any (its results are a link from the report).</summary>
    public string? SurveyId { get; init; }
    public long Placed { get; init; }
    public long HumanAnswers { get; init; }
    public long Machines { get; init; }
    public long NoAnswer { get; init; }
    public long Busy { get; init; }
    /// <summary>Invalid numbers, congestion, rejected and failed calls.</summary>
    public long Failed { get; init; }
    public long Connected { get; init; }
    public long Abandoned { get; init; }
    /// <summary>Distinct subscribers who spoke to an agent.</summary>
    public long SubscribersReached { get; init; }
    public double TalkSeconds { get; init; }
    public double WrapUpSeconds { get; init; }

    /// <summary>Abandoned live answers over live answers (the legal measure, D5).</summary>
    public double AbandonRate => HumanAnswers == 0 ? 0 : (double)Abandoned / HumanAnswers;

    /// <summary>Live answers per call placed.</summary>
    public double AnswerRate => Placed == 0 ? 0 : (double)HumanAnswers / Placed;

    public double AverageTalkSeconds => Connected == 0 ? 0 : TalkSeconds / Connected;
}

/// <summary>How many calls of a campaign ended with one disposition code in the period.</summary>
public sealed record DispositionCount(long CampaignId, string CampaignName, string Code, long Calls);

/// <summary>
/// One agent's efficiency over a period (M2): time in each state, clipped to the period, and the calls connected.
/// Occupancy = (talk + wrap-up) / (talk + wrap-up + waiting for a call); paused time is left out of it.
/// </summary>
public sealed class AgentEfficiencyRow
{
    public int AgentId { get; init; }
    public string UserName { get; init; } = "";
    public string Name { get; init; } = "";
    public string Department { get; init; } = "";
    public long Calls { get; init; }
    public double TalkSeconds { get; init; }
    public double WrapUpSeconds { get; init; }
    /// <summary>Ready, and reserved for a call about to be bridged.</summary>
    public double WaitSeconds { get; init; }
    public double PausedSeconds { get; init; }

    public double LoggedInSeconds => TalkSeconds + WrapUpSeconds + WaitSeconds + PausedSeconds;

    public double Occupancy => TalkSeconds + WrapUpSeconds + WaitSeconds is var working and > 0
        ? (TalkSeconds + WrapUpSeconds) / working : 0;

    /// <summary>Average handling time: talk plus wrap-up per call.</summary>
    public double AverageHandleSeconds => Calls == 0 ? 0 : (TalkSeconds + WrapUpSeconds) / Calls;
}
