using System.Text.Json;
using Outreach.Campaigns.Targeting;
using Outreach.Segmentation.Rules;

namespace Outreach.Web.Targeting;

/// <summary>Compiles rules (Segmentation) and runs them (Campaigns): the thin bridge the segment pages use.</summary>
public sealed class SegmentService(SegmentRepository segments)
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

    /// <summary>Saves the rule under a name; returns an error text for a blank or taken name or an invalid rule.</summary>
    public async Task<string?> SaveAsync(string? name, RuleNode rule, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Give the segment a name.";
        var (query, errors) = Compile(rule);
        if (query is null) return string.Join(" ", errors);
        var id = await segments.SaveAsync(name, JsonSerializer.Serialize(rule, Json), actor, ct);
        return id is null ? $"A segment named “{name.Trim()}” exists already." : null;
    }

    // jsonb stores keys in its own order, so a group's "type" may come after "op": read it wherever it is.
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };

    public static RuleNode? Parse(string json) => JsonSerializer.Deserialize<RuleNode>(json, StoredJson);
}
