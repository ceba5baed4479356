using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkingCoach.Coaching;
using NetworkingCoach.Companies;
using NetworkingCoach.Contacts;
using NetworkingCoach.Dashboard;
using NetworkingCoach.Reminders;
using NetworkingCoach.Messages;
using NetworkingCoach.Relationships;
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
        services.AddSingleton<ExternalChangeWatcher>();
        services.AddSingleton<DataChangeCounter>();
        services.AddSingleton<DataChangeInterceptor>();
        services.AddDbContextFactory<AppDbContext>((provider, options) =>
            options.UseSqlite(location.ConnectionString).AddInterceptors(provider.GetRequiredService<DataChangeInterceptor>()));
        services.AddSingleton<Backups.BackupService>();
        services.AddSingleton<Backups.RestoreService>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<TagService>();
        services.AddSingleton<ContactBulkService>();
        services.AddSingleton<TouchpointService>();
        services.AddSingleton<ReferralService>();
        services.AddSingleton<CompanyService>();
        services.AddSingleton<ContactMergeService>();
        services.AddSingleton<Matching.DuplicateReviewService>();
        services.AddSingleton<ContactOverviewService>();
        services.AddSingleton<Importing.ImportService>();
        services.AddSingleton<Exporting.ContactExportService>();
        services.AddSingleton<Exporting.EverythingExportService>();
        services.AddSingleton<SettingsService>();
        services.AddSingleton<UserCalendarSource>();
        services.AddSingleton<DemoDataService>();
        services.AddSingleton<FluentValidation.IValidator<PreferenceSettings>, PreferenceSettingsValidator>();
        services.AddSingleton<FluentValidation.IValidator<CoachingSettings>, CoachingSettingsValidator>();
        services.AddSingleton(sp => new IntentClassifier(IntentModelLoad.Shipped, sp.GetService<Microsoft.Extensions.Logging.ILogger<IntentClassifier>>()));
        services.AddSingleton<CoachService>();
        services.AddSingleton<MessageService>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<CalendarFeedService>();
        services.AddSingleton<DashboardService>();
        return services;
    }
}
