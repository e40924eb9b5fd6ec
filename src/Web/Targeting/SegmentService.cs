using System.Text.Json;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Targeting;
using Outreach.Segmentation.Rules;

namespace Outreach.Web.Targeting;

/// <summary>Compiles rules (Segmentation) and runs them (Campaigns): the thin bridge the segment pages use.</summary>
public sealed class SegmentService(SegmentRepository segments, AuditLog audit, ILogger<SegmentService> log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly RuleCompiler compiler = new(FieldCatalog.Default);

    /// <summary>The compiled query, or the rule's problems in words.</summary>
    public (SegmentQuery? Query, IReadOnlyList<string> Errors) Compile(RuleNode rule)
    {
        var errors = compiler.Validate(rule);
        if (errors.Count > 0) return (null, errors.Select(e => e.Message).ToArray());
        var sql = compiler.Compile(rule);
        return (new SegmentQuery(SegmentSql.FromClause, sql.WhereSql, sql.Parameters), []);
    }

    public async Task<SegmentPreview> PreviewAsync(RuleNode rule, CancellationToken ct)
    {
        var (query, errors) = Compile(rule);
        if (query is null) return SegmentPreview.Invalid(errors);
        var count = await segments.CountAsync(query, ct);
        var sample = await segments.SampleAsync(query, ct);
        return new SegmentPreview(count, sample, []);
    }

    /// <summary>Saves the rule under a new name: its id, or why not (a blank or taken name, an invalid rule).</summary>
    public async Task<SegmentChange> CreateAsync(string? name, RuleNode? rule, string actor, CancellationToken ct)
    {
        if (Check(name, rule) is { } refused) return refused;
        var id = await segments.SaveAsync(name!, JsonSerializer.Serialize(rule, Json), actor, ct);
        if (id is null) return Taken(name!);
        log.LogInformation("Segment {SegmentId} '{Name}' saved by {Actor}", id, name!.Trim(), actor);
        await audit.RecordAsync(actor, "segment.create", "segment", Key(id.Value), new { name = name.Trim() }, ct);
        return new SegmentChange(id);
    }

    /// <summary>
    /// Replaces a saved segment's name and rule. Lists already frozen from it do not move (they are snapshots); a draft
    /// campaign picks up the new rule when its list is frozen again.
    /// </summary>
    public async Task<SegmentChange> UpdateAsync(long id, string? name, RuleNode? rule, string actor, CancellationToken ct)
    {
        if (Check(name, rule) is { } refused) return refused;
        var updated = await segments.UpdateAsync(id, name!, JsonSerializer.Serialize(rule, Json), ct);
        if (updated is null) return Taken(name!);
        if (updated == false) return new SegmentChange(id, SegmentRefusal.NotFound, Message: $"Segment {id} does not exist.");
        log.LogInformation("Segment {SegmentId} changed by {Actor}", id, actor);
        await audit.RecordAsync(actor, "segment.update", "segment", Key(id), new { name = name!.Trim() }, ct);
        return new SegmentChange(id);
    }

    /// <summary>Deletes a saved segment unless a campaign that is not finished builds its list from it.</summary>
    public async Task<SegmentChange> DeleteAsync(long id, string actor, CancellationToken ct)
    {
        var users = await segments.CampaignsUsingAsync(id, ct);
        if (users.Count > 0)
            return new SegmentChange(id, SegmentRefusal.InUse,
                Message: $"Campaign{(users.Count == 1 ? "" : "s")} {string.Join(", ", users.Select(n => $"“{n}”"))} target{(users.Count == 1 ? "s" : "")} this segment; it is kept.");
        if (!await segments.DeleteAsync(id, ct)) return new SegmentChange(id, SegmentRefusal.NotFound, Message: $"Segment {id} does not exist.");
        log.LogInformation("Segment {SegmentId} deleted by {Actor}", id, actor);
        await audit.RecordAsync(actor, "segment.delete", "segment", Key(id), null, ct);
        return new SegmentChange(id);
    }

    private SegmentChange? Check(string? name, RuleNode? rule)
    {
        if (string.IsNullOrWhiteSpace(name)) return SegmentChange.Invalid("name", "Give the segment a name.");
        if (name.Trim().Length > MaxNameLength) return SegmentChange.Invalid("name", $"A segment name is at most {MaxNameLength} characters.");
        if (rule is null) return SegmentChange.Invalid("rule", "Add a condition.");
        var (query, errors) = Compile(rule);
        return query is null ? SegmentChange.Invalid("rule", string.Join(" ", errors)) : null;
    }

    private static SegmentChange Taken(string name) =>
        new(null, SegmentRefusal.NameTaken, "name", $"A segment named “{name.Trim()}” exists already.");

    public const int MaxNameLength = 200;

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // jsonb stores keys in its own order, so a group's "type" may come after "op": read it wherever it is.
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };

    public static RuleNode? Parse(string json) => JsonSerializer.Deserialize<RuleNode>(json, StoredJson);
}
