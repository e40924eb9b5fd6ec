using System.Collections.Immutable;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Runtime;

/// <summary>
/// Runs one subscriber's walk through a compiled survey version. Every call returns the events to persist at once
/// (each answer as given, answers discarded by a change, completion or cancellation); a refused call changes nothing.
/// The state is the immutable <see cref="Session"/>, which a grain can keep and hand back through <see cref="FromSession"/>.
/// </summary>
public sealed class SurveyNavigator
{
    private readonly CompiledSurvey survey;
    private readonly SubscriberProfile subscriber;

    private SurveyNavigator(CompiledSurvey survey, SubscriberProfile subscriber, SurveySession session)
    {
        this.survey = survey;
        this.subscriber = subscriber;
        Session = session;
    }

    /// <summary>The state now.</summary>
    public SurveySession Session { get; private set; }

    /// <summary>The step shown now.</summary>
    public Step CurrentStep => survey.Step(Session.CurrentStepId);

    /// <summary>Step ids from the first step to the frontier.</summary>
    public IReadOnlyList<string> Path => Session.Path;

    /// <summary>Answers on the path, by step id.</summary>
    public IReadOnlyDictionary<string, Answer> Answers => Session.Answers;

    /// <summary>A fresh walk at the first step.</summary>
    public static SurveyNavigator Start(CompiledSurvey survey, SubscriberProfile subscriber)
    {
        var session = new SurveySession
        {
            SurveyId = survey.Survey.Id,
            Version = survey.Version,
            Path = [survey.Survey.FirstStepId],
            Answers = ImmutableDictionary.Create<string, Answer>(StringComparer.Ordinal),
        };
        return new SurveyNavigator(survey, subscriber, session);
    }

    /// <summary>Continues a walk from a kept session (for example a reactivated grain).</summary>
    public static SurveyNavigator FromSession(CompiledSurvey survey, SubscriberProfile subscriber, SurveySession session)
    {
        if (session.SurveyId != survey.Survey.Id || session.Version != survey.Version)
        {
            throw new ArgumentException($"Session of {session.SurveyId} v{session.Version} does not match survey {survey.Survey.Id} v{survey.Version}", nameof(session));
        }
        return new SurveyNavigator(survey, subscriber, session);
    }

    /// <summary>
    /// Rebuilds the walk of a fresh navigator from stored answers (a dropped call, a web link opened again): the path
    /// is recomputed and answers that no longer lie on it are discarded. The cursor goes to the frontier.
    /// </summary>
    public NavigationResult Restore(IEnumerable<Answer> saved)
    {
        if (Session.Answers.Count > 0)
        {
            return Refuse(NavigationErrorCode.AlreadyStarted, "Restore rebuilds a fresh walk; this one already has answers");
        }
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var rejected = new List<SurveyEvent>();
        foreach (var answer in saved)
        {
            if (answer.SurveyId != Session.SurveyId || answer.Version != Session.Version)
            {
                return Refuse(NavigationErrorCode.VersionMismatch,
                    $"The answer to '{answer.StepId}' belongs to {answer.SurveyId} v{answer.Version}, not {Session.SurveyId} v{Session.Version}");
            }
            var fits = survey.HasStep(answer.StepId) && AnswerChecker.Problem(survey.Step(answer.StepId), answer.Value) is null;
            if (fits && answers.TryAdd(answer.StepId, answer))
            {
                continue;
            }
            rejected.Add(new AnswerDiscarded(answer));
        }
        var walk = PathWalk.From(survey, subscriber, [.. answers.Values]);
        rejected.AddRange(walk.Discarded.Select(answer => new AnswerDiscarded(answer)));
        return Apply(Session with { Path = walk.Path, Answers = walk.Kept, Cursor = walk.Path.Length - 1 }, rejected);
    }

    /// <summary>
    /// Answers the step shown now and moves to the next step. After Back this replaces the earlier answer: if the
    /// walk then goes elsewhere, the answers off the new path are discarded.
    /// </summary>
    public NavigationResult Answer(string stepId, AnswerValue value, DateTimeOffset at)
    {
        if (Refusal(stepId, value) is { } refused)
        {
            return refused;
        }
        if (stepId != Session.CurrentStepId)
        {
            return Refuse(NavigationErrorCode.NotCurrentStep, $"Step '{stepId}' is not the current step '{Session.CurrentStepId}'");
        }
        var position = Session.Cursor;
        var result = Record(stepId, value, at);
        var cursor = Math.Min(position + 1, Session.Path.Length - 1);
        Session = Session with { Cursor = cursor };
        return result with { Session = Session };
    }

    /// <summary>Changes the answer of any answered step on the path, recomputes the path, and goes to its frontier.</summary>
    public NavigationResult ChangeAnswer(string stepId, AnswerValue value, DateTimeOffset at)
    {
        if (Refusal(stepId, value) is { } refused)
        {
            return refused;
        }
        if (!Session.Answers.ContainsKey(stepId))
        {
            return Refuse(NavigationErrorCode.NotAnswered, $"Step '{stepId}' has no answer on the current path to change");
        }
        var result = Record(stepId, value, at);
        Session = Session with { Cursor = Session.Path.Length - 1 };
        return result with { Session = Session };
    }

    /// <summary>Shows the previous step on the path; nothing is discarded until an answer is changed.</summary>
    public NavigationResult Back()
    {
        if (!Session.IsOpen)
        {
            return Closed();
        }
        if (Session.Cursor == 0)
        {
            return Refuse(NavigationErrorCode.AtFirstStep, $"Step '{Session.CurrentStepId}' is the first step; there is nothing to go back to");
        }
        return Apply(Session with { Cursor = Session.Cursor - 1 }, []);
    }

    /// <summary>Stops the walk early; the answers recorded so far stay.</summary>
    public NavigationResult Cancel(DateTimeOffset at)
    {
        if (!Session.IsOpen)
        {
            return Closed();
        }
        var cancelled = new SurveyCancelled(Session.SurveyId, Session.Version, Session.CurrentStepId, at);
        return Apply(Session with { Status = SessionStatus.Cancelled }, [cancelled]);
    }

    /// <summary>Completes the walk at an end step: a say-this end step is acknowledged, a question end step must be answered.</summary>
    public NavigationResult Finish(DateTimeOffset at)
    {
        if (!Session.IsOpen)
        {
            return Closed();
        }
        var endId = Session.Path[^1];
        var end = survey.Step(endId);
        if (!end.IsEnd)
        {
            return Refuse(NavigationErrorCode.NotAtEnd, $"Step '{endId}' is not an end step; answer on to an end step, or cancel");
        }
        var events = new List<SurveyEvent>();
        if (!Session.Answers.ContainsKey(endId))
        {
            if (end.Kind != StepKind.Say)
            {
                return Refuse(NavigationErrorCode.NotAtEnd, $"End step '{endId}' needs an answer before the survey can finish");
            }
            events.AddRange(Record(endId, AnswerValue.Acknowledged, at).Events);
        }
        events.Add(new SurveyCompleted(Session.SurveyId, Session.Version, endId, at));
        return Apply(Session with { Status = SessionStatus.Completed, Cursor = Session.Path.Length - 1 }, events);
    }

    private NavigationResult Record(string stepId, AnswerValue value, DateTimeOffset at)
    {
        var answer = new Answer(Session.SurveyId, Session.Version, stepId, value, at);
        var events = new List<SurveyEvent> { new AnswerRecorded(answer) };
        if (Session.Answers.TryGetValue(stepId, out var previous) || Session.Path[^1] != stepId)
        {
            // Replacing an answer may send the walk elsewhere: recompute from the first step.
            if (previous?.Value == value)
            {
                return NavigationResult.Ok(Session, []);
            }
            var inPathOrder = Session.Path.Where(id => id == stepId || Session.Answers.ContainsKey(id)).Select(id => id == stepId ? answer : Session.Answers[id]);
            var walk = PathWalk.From(survey, subscriber, [.. inPathOrder]);
            events.AddRange(walk.Discarded.Select(discarded => new AnswerDiscarded(discarded)));
            return Apply(Session with { Path = walk.Path, Answers = walk.Kept }, events);
        }
        // The usual case, answering the frontier: only this step's transitions need evaluating.
        var answers = Session.Answers.Add(stepId, answer);
        var step = survey.Step(stepId);
        var next = step.IsEnd ? null : survey.Route(step, value, new PathScope(answers, subscriber));
        var path = next is null ? Session.Path : Session.Path.Add(next);
        return Apply(Session with { Path = path, Answers = answers }, events);
    }

    private NavigationResult? Refusal(string stepId, AnswerValue value)
    {
        if (!Session.IsOpen)
        {
            return Closed();
        }
        if (!survey.HasStep(stepId))
        {
            return Refuse(NavigationErrorCode.NotCurrentStep, $"The survey has no step '{stepId}'");
        }
        return AnswerChecker.Problem(survey.Step(stepId), value) is { } problem
            ? Refuse(NavigationErrorCode.InvalidAnswer, problem)
            : null;
    }

    private NavigationResult Apply(SurveySession session, IReadOnlyList<SurveyEvent> events)
    {
        Session = session;
        return NavigationResult.Ok(session, events);
    }

    private NavigationResult Refuse(NavigationErrorCode code, string message) => NavigationResult.Fail(Session, code, message);

    private NavigationResult Closed() =>
        Refuse(NavigationErrorCode.SessionClosed, $"The survey session is {Session.Status.ToString().ToLowerInvariant()}; it takes no more changes");
}
