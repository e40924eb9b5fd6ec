namespace Outreach.Campaigns.Import;

/// <summary>
/// The set-based SQL that merges the staging table into the target table. Column names come from the
/// schema (our constants); file values only ever travel as COPY data.
/// </summary>
internal static class MergeSql
{
    public const string Stage = "import_stage";

    public static string CreateStage(ImportSchema schema) =>
        $"create temp table {Stage} (line int not null, target_id bigint, "
        + string.Join(", ", schema.Fields.Select(f => $"{f.Name} {f.SqlType}")) + ") on commit drop";

    public static string Copy(ImportSchema schema) =>
        $"copy {Stage} (line, {string.Join(", ", schema.Fields.Select(f => f.Name))}) from stdin (format binary)";

    /// <summary>Finds each staged row's subscriber: by external id first, then by phone.</summary>
    public const string MatchSubscribers = $"""
        create index on {Stage} (target_id);
        update {Stage} st set target_id = s.id from subscribers s where st.external_id is not null and s.external_id = st.external_id;
        update {Stage} st set target_id = s.id from subscribers s where st.target_id is null and st.phone is not null and s.phone = st.phone;
        analyze {Stage};
        """;

    /// <summary>Rows that cannot be merged, removed from the stage and returned as (line, reason).</summary>
    public static string RejectConflicts(ImportSchema schema) => schema.Kind == ImportKind.Subscribers
        ? $"""
          with phone_taken as (
              delete from {Stage} st using subscribers s
              where s.phone = st.phone and st.target_id is not null and s.id <> st.target_id
              returning st.line, 'phone ' || st.phone || ' belongs to another subscriber (external id ' || coalesce(s.external_id, 'none') || ')' as reason),
          other_id as (
              delete from {Stage} st using subscribers s
              where s.id = st.target_id and st.external_id is not null and s.external_id is not null and s.external_id <> st.external_id
              returning st.line, 'phone ' || st.phone || ' belongs to the subscriber with external id ' || s.external_id as reason),
          no_phone as (
              delete from {Stage} st where st.target_id is null and st.phone is null
              returning st.line, 'no subscriber has external id ' || st.external_id || ' and a new subscriber needs a phone' as reason)
          select line, reason from phone_taken union all select line, reason from other_id union all select line, reason from no_phone
          """
        : $"""
          delete from {Stage} where target_id is null
          returning line, case when external_id is not null then 'no subscriber has external id ' || external_id
                               else 'no subscriber has phone ' || phone end as reason
          """;

    /// <summary>Two staged rows that found the same subscriber by different keys: the later one is rejected.</summary>
    public const string RejectSameTarget = $"""
        delete from {Stage} st using {Stage} o
        where st.target_id = o.target_id and o.line < st.line
        returning st.line, 'is the same subscriber as line ' || o.line as reason
        """;

    /// <summary>
    /// Inserts new rows and updates changed ones in one statement; a blank cell keeps the stored value
    /// (or takes the column default for a new row), and rows that would not change are left alone.
    /// </summary>
    public static string Upsert(ImportSchema schema)
    {
        var fields = schema.StoredFields.ToArray();
        var columns = string.Join(", ", fields.Select(f => f.Name));
        var values = string.Join(", ", fields.Select(f =>
            f.InsertDefault is null ? $"coalesce(st.{f.Name}, e.{f.Name})" : $"coalesce(st.{f.Name}, e.{f.Name}, {f.InsertDefault})"));
        var key = schema.KeyColumn;
        var newKey = schema.Kind == ImportKind.Subscribers ? "coalesce(st.target_id, nextval('subscribers_id_seq'))" : "st.target_id";
        return $"""
            with m as (
                insert into {schema.Table} as t ({key}, {columns})
                select {newKey}, {values}
                from {Stage} st left join {schema.Table} e on e.{key} = st.target_id
                on conflict ({key}) do update set {string.Join(", ", fields.Select(f => $"{f.Name} = excluded.{f.Name}"))}, updated_at = now()
                where ({string.Join(", ", fields.Select(f => "t." + f.Name))}) is distinct from ({string.Join(", ", fields.Select(f => "excluded." + f.Name))})
                returning (xmax = 0) as inserted)
            select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated,
                   (select count(*) from {Stage}) as staged
            from m
            """;
    }
}
