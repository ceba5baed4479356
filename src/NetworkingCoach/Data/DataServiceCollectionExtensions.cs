using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkingCoach.Data;

/// <summary>Registers the store alone: its location, a DbContext per operation, migrations and change tracking across processes.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddNetworkingCoachData(this IServiceCollection services, DatabaseLocation location)
    {
        services.AddSingleton(location);
        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<ExternalChangeWatcher>();
        services.AddSingleton<DataChangeCounter>();
        services.AddSingleton<DataChangeInterceptor>();
        services.AddDbContextFactory<AppDbContext>((provider, options) =>
            options.UseSqlite(location.ConnectionString).AddInterceptors(provider.GetRequiredService<DataChangeInterceptor>()));
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}
