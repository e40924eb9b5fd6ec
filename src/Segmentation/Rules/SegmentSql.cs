namespace Outreach.Segmentation.Rules;

/// <summary>
/// A compiled rule: a WHERE clause over <c>subscribers s</c> with its facts (f) and ML segment (sc) and its
/// parameters (<c>@p0</c>, <c>@p1</c>, …). Input only ever reaches the database as parameter values.
/// </summary>
public sealed record SegmentSql(string WhereSql, IReadOnlyList<(string Name, object Value)> Parameters)
{
    /// <summary>
    /// The FROM clause the WHERE text expects (aliases s, f and sc). Both joins are on a primary key, so
    /// PostgreSQL drops them from the plan when a rule does not read them.
    /// </summary>
    public const string FromClause =
        "subscribers s LEFT JOIN subscriber_facts f ON f.subscriber_id = s.id"
        + " LEFT JOIN subscriber_clusters sc ON sc.subscriber_id = s.id";
}
