using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkingCoach.Contacts;
using NetworkingCoach.Demo;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Data;

/// <summary>Registers the store and the feature services over it.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddNetworkingCoachData(this IServiceCollection services, DatabaseLocation location)
    {
        services.AddSingleton(location);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseStatus>();
        services.AddDbContextFactory<AppDbContext>(options => options.UseSqlite(location.ConnectionString));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ContactMergeService>();
        services.AddSingleton<Importing.ImportService>();
        services.AddSingleton<Exporting.ContactExportService>();
        services.AddSingleton<SettingsService>();
        services.AddSingleton<DemoDataService>();
        services.AddSingleton<FluentValidation.IValidator<PreferenceSettings>, PreferenceSettingsValidator>();
        return services;
    }
}
