using System.Collections.Immutable;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Runtime;

/// <summary>
/// The path recomputed from the first step with a set of answers: each answered step routes to the next until an
/// unanswered step or an end step. Answers the walk did not pass through are discarded.
/// </summary>
internal sealed record PathWalk(ImmutableArray<string> Path, ImmutableDictionary<string, Answer> Kept, IReadOnlyList<Answer> Discarded)
{
    /// <summary>Walks with the answers (one per step); discarded ones are reported in the order given, which callers make the old path order.</summary>
    public static PathWalk From(CompiledSurvey survey, SubscriberProfile subscriber, IReadOnlyList<Answer> given)
    {
        var answers = given.ToDictionary(answer => answer.StepId, StringComparer.Ordinal);
        var path = ImmutableArray.CreateBuilder<string>();
        var kept = new Dictionary<string, Answer>(StringComparer.Ordinal);
        // Conditions see only what was kept so far, so a branch depends on earlier answers and never on stale later ones.
        var scope = new PathScope(kept, subscriber);
        var step = survey.Step(survey.Survey.FirstStepId);
        while (path.Count <= survey.Survey.Steps.Count)
        {
            path.Add(step.Id);
            if (!answers.TryGetValue(step.Id, out var answer))
            {
                break;
            }
            kept[step.Id] = answer;
            if (step.IsEnd || survey.Route(step, answer.Value, scope) is not { } next)
            {
                break;
            }
            step = survey.Step(next);
        }
        var discarded = given.Where(answer => !kept.ContainsKey(answer.StepId)).ToList();
        return new PathWalk(path.ToImmutable(), kept.ToImmutableDictionary(StringComparer.Ordinal), discarded);
    }
}
