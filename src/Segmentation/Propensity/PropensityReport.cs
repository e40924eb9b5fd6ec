using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Propensity;

/// <summary>A trained propensity model and its quality: AUC on held-out rows and the features that matter.</summary>
public sealed record PropensityReport(
    int Rows,
    int TrainRows,
    int TestRows,
    double Auc,
    IReadOnlyList<FeatureImportance> Features,
    IReadOnlyList<SkippedRow> SkippedRows,
    PropensityModel Model);
