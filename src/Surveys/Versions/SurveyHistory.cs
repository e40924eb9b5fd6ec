using Outreach.Surveys.Model;
using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Versions;

/// <summary>
/// The versions of one survey and its draft, with the lifecycle rules: only a draft changes; publishing a valid
/// draft makes the next immutable version; editing after that starts a new draft from the latest version.
/// A repository loads it with <see cref="Load"/> and stores what the calls return.
/// </summary>
public sealed class SurveyHistory
{
    private readonly List<SurveyVersion> versions;

    private SurveyHistory(string surveyId, List<SurveyVersion> versions, SurveyDraft? draft)
    {
        SurveyId = surveyId;
        this.versions = versions;
        Draft = draft;
    }

    /// <summary>The survey's id, the same in every version.</summary>
    public string SurveyId { get; }

    /// <summary>Published versions, oldest first, numbered 1, 2, 3…</summary>
    public IReadOnlyList<SurveyVersion> Versions => versions;

    /// <summary>The draft being edited, if any.</summary>
    public SurveyDraft? Draft { get; private set; }

    /// <summary>The newest published version, if any.</summary>
    public SurveyVersion? Latest => versions.Count == 0 ? null : versions[^1];

    /// <summary>A new survey: draft 1 with the content.</summary>
    public static SurveyHistory New(Survey content, DateTimeOffset at) =>
        new(content.Id, [], new SurveyDraft(content.Id, 1, content, null, at));

    /// <summary>Rebuilds the history from storage; throws when the numbering is broken, since that means the store is corrupt.</summary>
    public static SurveyHistory Load(string surveyId, IEnumerable<SurveyVersion> versions, SurveyDraft? draft)
    {
        var ordered = versions.OrderBy(version => version.Number).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Number != i + 1 || ordered[i].SurveyId != surveyId)
            {
                throw new InvalidOperationException($"Stored versions of survey '{surveyId}' are not numbered 1..{ordered.Count}");
            }
        }
        if (draft is not null && (draft.Number != ordered.Count + 1 || draft.SurveyId != surveyId))
        {
            throw new InvalidOperationException($"Stored draft of survey '{surveyId}' should be number {ordered.Count + 1}");
        }
        return new SurveyHistory(surveyId, ordered, draft);
    }

    /// <summary>The draft to edit: the existing one, or a new one copied from the latest published version.</summary>
    public SurveyDraft Edit(DateTimeOffset at)
    {
        if (Draft is not null)
        {
            return Draft;
        }
        // A published version never changes; editing it means working on its successor.
        var latest = Latest ?? throw new InvalidOperationException($"Survey '{SurveyId}' has neither a draft nor a published version");
        Draft = new SurveyDraft(SurveyId, versions.Count + 1, latest.Content, latest.Number, at);
        return Draft;
    }

    /// <summary>Replaces the draft's content; refused when there is no draft or the content names another survey.</summary>
    public VersionResult<SurveyDraft> UpdateDraft(Survey content, DateTimeOffset at)
    {
        if (Draft is null)
        {
            return VersionResult<SurveyDraft>.Fail(
                $"Version {Latest?.Number} of survey '{SurveyId}' is published and cannot change; edit it to start draft {versions.Count + 1}");
        }
        if (content.Id != SurveyId)
        {
            return VersionResult<SurveyDraft>.Fail($"The content is survey '{content.Id}', not '{SurveyId}'");
        }
        Draft = Draft with { Content = content, UpdatedAt = at };
        return VersionResult<SurveyDraft>.Ok(Draft);
    }

    /// <summary>Publishes the draft as the next version when it validates; the draft is then gone.</summary>
    public PublishResult Publish(DateTimeOffset at, ValidationOptions? options = null)
    {
        if (Draft is null)
        {
            return new PublishResult(null, $"Survey '{SurveyId}' has no draft to publish", []);
        }
        var issues = SurveyValidator.Validate(Draft.Content, options);
        if (issues.Count > 0)
        {
            return new PublishResult(null, $"Draft {Draft.Number} of survey '{SurveyId}' has {issues.Count} validation issue(s)", issues);
        }
        var version = new SurveyVersion(SurveyId, Draft.Number, SurveySnapshot.Freeze(Draft.Content), at);
        versions.Add(version);
        Draft = null;
        return new PublishResult(version, null, []);
    }

    /// <summary>Drops the draft and returns true; refused (false) before the first publication, when the draft is all there is.</summary>
    public bool DiscardDraft()
    {
        if (Latest is null)
        {
            return false;
        }
        Draft = null;
        return true;
    }

    /// <summary>The pin for a campaign: a published version, the latest when no number is given.</summary>
    public VersionResult<SurveyPin> Pin(int? number = null)
    {
        var version = number is { } n ? versions.FirstOrDefault(v => v.Number == n) : Latest;
        return version is null
            ? VersionResult<SurveyPin>.Fail($"Survey '{SurveyId}' has no published version {number?.ToString() ?? "yet"}; a campaign can pin only a published version")
            : VersionResult<SurveyPin>.Ok(new SurveyPin(SurveyId, version.Number));
    }

    /// <summary>The published version with the number, or null.</summary>
    public SurveyVersion? Find(int number) => versions.FirstOrDefault(version => version.Number == number);
}
