using Outreach.Segmentation.Propensity;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>What a propensity run reports: what it learnt from, AUC on held-out outcomes, the features that matter, how many it scored.</summary>
public sealed record PropensitySummary(
    string CampaignType,
    long? CampaignId,
    int Outcomes,
    int Accepted,
    int TrainRows,
    int TestRows,
    double Auc,
    IReadOnlyList<FeatureImportance> Features,
    int Scored,
    int ModelVersion);
