using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Import;

namespace Outreach.Campaigns.Tests.Import;

/// <summary>The importer wired to a test database, as the app wires it.</summary>
internal static class Importers
{
    public static SubscriberImporter For(NpgsqlDataSource db) =>
        new(db, new ImportMappingRepository(db), new AuditLog(db), NullLogger<SubscriberImporter>.Instance);
}
