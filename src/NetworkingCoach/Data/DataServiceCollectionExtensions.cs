using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkingCoach.Companies;
using NetworkingCoach.Contacts;
using NetworkingCoach.Demo;
using NetworkingCoach.Referrals;
using NetworkingCoach.Settings;
using NetworkingCoach.Touchpoints;

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
        services.AddSingleton<ContactBulkService>();
        services.AddSingleton<TouchpointService>();
        services.AddSingleton<ReferralService>();
        services.AddSingleton<CompanyService>();
        services.AddSingleton<SettingsService>();
        services.AddSingleton<DemoDataService>();
        services.AddSingleton<FluentValidation.IValidator<PreferenceSettings>, PreferenceSettingsValidator>();
        return services;
    }
}
