using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Outreach.Campaigns.GrainStorage;

/// <summary>Registers <see cref="PostgresGrainStorage"/> with a silo.</summary>
public static class PostgresGrainStorageRegistration
{
    /// <summary>Adds the provider under <paramref name="name"/>; it uses the container's <see cref="NpgsqlDataSource"/>.</summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, string name) =>
        services.AddGrainStorage(name, (sp, key) => new PostgresGrainStorage(
            key,
            sp.GetRequiredService<NpgsqlDataSource>(),
            new OrleansGrainStorageSerializer(sp.GetRequiredService<Orleans.Serialization.Serializer>()),
            sp.GetRequiredService<ILogger<PostgresGrainStorage>>()));
}
