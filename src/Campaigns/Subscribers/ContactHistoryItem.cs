namespace Outreach.Campaigns.Subscribers;

/// <summary>One past contact with a subscriber: an attempt and what came of it.</summary>
public sealed record ContactHistoryItem(long AttemptId, string CampaignName, DateTime CreatedAt, string? Outcome,
    string? AnswerClass, string? ConnectResult, string? DispositionCode, string? AgentName, string? Notes);
