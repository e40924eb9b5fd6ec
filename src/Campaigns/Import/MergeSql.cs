namespace Outreach.Campaigns.Import;

/// <summary>
/// The set-based SQL that merges the staging table into the target table. Column names come from the
/// schema (our constants); file values only ever travel as COPY data.
/// </summary>
internal static class MergeSql
{
    public const string Raw = "import_raw";
    public const string Stage = "import_stage";

    /// <summary>Room for a million-row stage in memory and for bulk, not row-by-row, index maintenance.</summary>
    public const string Settings = """
        set temp_buffers = '1GB';
        set local work_mem = '256MB';
        set local maintenance_work_mem = '512MB';
        set local gin_pending_list_limit = '512MB';
        """;

    public static string CreateRaw(ImportSchema schema) =>
        $"create temp table {Raw} (line int not null, "
        + string.Join(", ", schema.Fields.Select(f => $"{f.Name} {f.SqlType}")) + ") on commit drop";

    public static string Copy(ImportSchema schema) =>
        $"copy {Raw} (line, {string.Join(", ", schema.Fields.Select(f => f.Name))}) from stdin (format binary)";

    /// <summary>
    /// Finds each row's subscriber in one pass (external id first, then phone), keeping both matches so
    /// conflicts can be named; a table rather than updates, so the million-row case is two hash joins.
    /// </summary>
    public const string Match = $"""
        create temp table {Stage} on commit drop as
        select r.*, coalesce(by_id.id, by_phone.id) as target_id, by_id.id as id_match, by_phone.id as phone_match,
               by_phone.external_id as phone_owner
        from {Raw} r
        left join subscribers by_id on by_id.external_id = r.external_id
        left join subscribers by_phone on by_phone.phone = r.phone;
        analyze {Stage};
        """;

    /// <summary>Rows that cannot be merged, removed from the stage and returned as (line, reason).</summary>
    public static string RejectConflicts(ImportSchema schema) => schema.Kind == ImportKind.Subscribers
        ? $"""
          delete from {Stage}
          where (id_match <> phone_match) or (id_match is null and external_id is not null and phone_owner is not null)
             or (target_id is null and phone is null)
          returning line, case
              when target_id is null then 'no subscriber has external id ' || external_id || ' and a new subscriber needs a phone'
              else 'phone ' || phone || ' belongs to the subscriber with external id ' || coalesce(phone_owner, 'none') end as reason
          """
        : $"""
          delete from {Stage} where target_id is null
          returning line, case when external_id is not null then 'no subscriber has external id ' || external_id
                               else 'no subscriber has phone ' || phone end as reason
          """;

    /// <summary>True when the new rows outnumber the base (and are many): cheaper to rebuild the search index than to grow it.</summary>
    public const string IsBulkLoad = $"""
        select count(*) filter (where target_id is null) > greatest(50000, (select count(*) from subscribers)) from {Stage}
        """;

    /// <summary>The GIN (trigram search) indexes of the subscribers table, with the SQL that recreates each.</summary>
    public const string SearchIndexes = """
        select indexname as name, indexdef as definition from pg_indexes
        where schemaname = current_schema() and tablename = 'subscribers' and indexdef ilike '% USING gin %'
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
                order by st.line
                on conflict ({key}) do update set {string.Join(", ", fields.Select(f => $"{f.Name} = excluded.{f.Name}"))}, updated_at = now()
                where ({string.Join(", ", fields.Select(f => "t." + f.Name))}) is distinct from ({string.Join(", ", fields.Select(f => "excluded." + f.Name))})
                returning (xmax = 0) as inserted)
            select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated,
                   (select count(*) from {Stage}) as staged
            from m
            """;
    }
}
