namespace Outreach.Surveys.Tests.Support;

/// <summary>
/// The random material a generated survey is built from: a step count and a list of genes the builder reads in turn.
/// FsCheck generates and shrinks the shape; <see cref="ValidSurveyBuilder"/> turns it into a survey deterministically.
/// </summary>
public sealed record SurveyShape(int StepCount, int[] Genes)
{
    public override string ToString() => $"{StepCount} steps, genes [{string.Join(",", Genes)}]";
}
