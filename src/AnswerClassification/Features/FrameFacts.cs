namespace Outreach.AnswerClassification.Features;

/// <summary>What one 20 ms frame showed: its energy against the noise floor, whether it is speech or a tone, its shape.</summary>
public readonly record struct FrameFacts(
    float EnergyDb,
    float FloorDb,
    bool IsSound,
    bool IsTone,
    float CentroidHz,
    float Flatness,
    float LowShare,
    float HighShare)
{
    /// <summary>Sound that is not a steady tone: what a voice makes.</summary>
    public bool IsSpeech => IsSound && !IsTone;
}
