using Outreach.Campaigns.Surveys;
using Outreach.Surveys.Model;
using Outreach.Surveys.Templates;

namespace Outreach.Web.Surveys;

/// <summary>Turns stored answer counts into a report with question texts and option labels.</summary>
public sealed class SurveyResults(SurveyResultsRepository results, SurveyService surveys)
{
    public async Task<SurveyReport?> ReportAsync(ResultsFilter filter, CancellationToken ct)
    {
        var history = await surveys.LoadAsync(filter.SurveyId, ct);
        var content = (filter.Version is { } n ? history?.Find(n)?.Content : history?.Latest?.Content) ?? history?.Draft?.Content;
        if (content is null) return null;
        var counts = await results.AnswerCountsAsync(filter, ct);
        var questions = content.Steps.Where(s => s.Kind != StepKind.Say)
            .Select(step => Question(step, counts.Where(c => c.StepId == step.Id).ToList())).ToList();
        var paths = (await results.PathCountsAsync(filter, ct)).GroupBy(p => p.Path)
            .Select(g => new PathResult(g.Key, Sum(g, "completed"), Sum(g, "cancelled"), Sum(g, "in_progress")))
            .OrderByDescending(p => p.Total).ToList();
        return new SurveyReport(content.Id, content.Title, questions, paths);
    }

    private static QuestionResult Question(Step step, IReadOnlyList<AnswerCountRow> rows)
    {
        var answered = rows.Sum(r => r.Count);
        // A multiple choice answer "a,b" counts once for each option chosen.
        var values = rows.SelectMany(r => Split(step, r.Value).Select(v => (Value: v, r.Count)))
            .GroupBy(x => x.Value).Select(g => (g.Key, Count: g.Sum(x => x.Count)))
            .Select(x => new ValueCount(Label(step, x.Key), x.Count, answered == 0 ? 0 : 100.0 * x.Count / answered))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
        return new QuestionResult(step.Id, step.Text, answered, values);
    }

    private static IEnumerable<string> Split(Step step, string value) =>
        step.Kind == StepKind.MultipleChoice ? value.Split(',', StringSplitOptions.RemoveEmptyEntries) : [value];

    private static string Label(Step step, string value) =>
        step.HasOptions && AnswerValue.Parse(step.Kind, value, out _) is { } parsed
            ? AnswerFormatter.Format(step, parsed, RenderMode.PlainText) : value;

    private static long Sum(IEnumerable<PathCountRow> rows, string status) => rows.Where(r => r.Status == status).Sum(r => r.Count);
}
