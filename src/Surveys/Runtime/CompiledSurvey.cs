using Outreach.Surveys.Conditions;
using Outreach.Surveys.Model;
using Outreach.Surveys.Validation;
using Outreach.Surveys.Versions;

namespace Outreach.Surveys.Runtime;

/// <summary>
/// A validated survey version made ready to run: steps indexed by id and conditions parsed once.
/// Immutable and thread-safe, so one instance serves every call of a campaign.
/// </summary>
public sealed class CompiledSurvey
{
    private readonly Dictionary<string, Step> steps;
    private readonly Dictionary<Transition, Condition> conditions;

    private CompiledSurvey(Survey survey, int version)
    {
        Survey = survey;
        Version = version;
        steps = survey.Steps.ToDictionary(step => step.Id, StringComparer.Ordinal);
        conditions = new Dictionary<Transition, Condition>(ReferenceEqualityComparer.Instance);
        foreach (var transition in survey.Steps.SelectMany(step => step.Transitions))
        {
            if (transition.Condition is When expression)
            {
                conditions[transition] = Condition.Parse(expression.Expression).Condition!;
            }
        }
    }

    /// <summary>The survey content.</summary>
    public Survey Survey { get; }

    /// <summary>The version number answers will record (0 for a draft preview).</summary>
    public int Version { get; }

    /// <summary>Validates and compiles; throws <see cref="InvalidSurveyException"/> when the survey has issues.</summary>
    public static CompiledSurvey Compile(Survey survey, int version, ValidationOptions? options = null)
    {
        var issues = SurveyValidator.Validate(survey, options);
        if (issues.Count > 0)
        {
            throw new InvalidSurveyException(issues);
        }
        return new CompiledSurvey(survey, version);
    }

    /// <summary>Compiles a published version, whose number the answers will record.</summary>
    public static CompiledSurvey Compile(SurveyVersion version, ValidationOptions? options = null) =>
        Compile(version.Content, version.Number, options);

    /// <summary>The step with the id; throws for an unknown id.</summary>
    public Step Step(string id) => steps[id];

    /// <summary>True when the survey has the step.</summary>
    public bool HasStep(string id) => steps.ContainsKey(id);

    /// <summary>
    /// The step the walk goes to after <paramref name="step"/> was answered with <paramref name="value"/>:
    /// the first transition in order that applies, else the default; null at an end step.
    /// </summary>
    public string? Route(Step step, AnswerValue value, IConditionScope scope)
    {
        string? fallback = null;
        foreach (var transition in step.Transitions)
        {
            var applies = transition.Condition switch
            {
                OnOption option => value is ChoiceAnswer choice && choice.Contains(option.OptionId),
                InRange range => value is NumberAnswer number && number.Value >= range.Min && number.Value <= range.Max,
                When => conditions[transition].Evaluate(scope),
                _ => false,
            };
            if (applies)
            {
                return transition.Target;
            }
            if (transition.Condition is Otherwise)
            {
                fallback = transition.Target;
            }
        }
        return fallback;
    }
}
