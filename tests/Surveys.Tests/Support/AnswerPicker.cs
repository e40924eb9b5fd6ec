using Outreach.Surveys.Model;

namespace Outreach.Surveys.Tests.Support;

/// <summary>Picks a valid answer for a step from genes, and a subscriber profile, so walks can be generated.</summary>
internal static class AnswerPicker
{
    public static AnswerValue Pick(Step step, GeneReader genes) => step.Kind switch
    {
        StepKind.Say => AnswerValue.Acknowledged,
        StepKind.YesNo => genes.Chance(2) ? AnswerValue.Yes : AnswerValue.No,
        StepKind.SingleChoice => AnswerValue.Choice(step.Options[genes.Next(step.Options.Count)].Id),
        StepKind.MultipleChoice => AnswerValue.Choices(step.Options.Where((_, i) => i == 0 || genes.Chance(2))
            .OrderBy(_ => genes.Next(100)).Select(option => option.Id).ToArray()),
        StepKind.Number => AnswerValue.Number(step.Min!.Value + genes.Next((int)(step.Max!.Value - step.Min.Value + 1))),
        StepKind.Date => AnswerValue.Date(new DateOnly(2000, 1, 1).AddDays(genes.Next(10_000))),
        _ => AnswerValue.Text($"text {genes.Next(1000)} <b>&</b>"),
    };

    public static SubscriberProfile Profile(GeneReader genes) => new(new Dictionary<string, string?>
    {
        ["FirstName"] = "Ann",
        ["Age"] = (18 + genes.Next(70)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Tariff"] = genes.Chance(2) ? "Prepaid" : "Postpaid",
        ["Balance"] = genes.Next(40).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Region"] = genes.Chance(2) ? "North" : "East",
    });
}
