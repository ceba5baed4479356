using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkingCoach.Backups;
using NetworkingCoach.Coaching;
using NetworkingCoach.Companies;
using NetworkingCoach.Contacts;
using NetworkingCoach.Dashboard;
using NetworkingCoach.Data;
using NetworkingCoach.Demo;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;
using NetworkingCoach.Matching;
using NetworkingCoach.Messages;
using NetworkingCoach.Referrals;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;
using NetworkingCoach.Settings;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach;

/// <summary>The one place that wires every feature of the core over the store; the web app and the CLI both start here.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNetworkingCoachCore(this IServiceCollection services, DatabaseLocation location)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddNetworkingCoachData(location);

        services.AddSingleton<SettingsService>();
        services.AddSingleton<UserCalendarSource>();
        services.AddSingleton<FluentValidation.IValidator<PreferenceSettings>, PreferenceSettingsValidator>();
        services.AddSingleton<FluentValidation.IValidator<CoachingSettings>, CoachingSettingsValidator>();

        services.AddSingleton<ContactService>();
        services.AddSingleton<TagService>();
        services.AddSingleton<ContactBulkService>();
        services.AddSingleton<ContactMergeService>();
        services.AddSingleton<ContactOverviewService>();
        services.AddSingleton<TouchpointService>();
        services.AddSingleton<ReferralService>();
        services.AddSingleton<CompanyService>();
        services.AddSingleton<DuplicateReviewService>();

        services.AddSingleton(sp => new IntentClassifier(IntentModelLoad.Shipped, sp.GetService<Microsoft.Extensions.Logging.ILogger<IntentClassifier>>()));
        services.AddSingleton<CoachService>();
        services.AddSingleton<MessageService>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<CalendarFeedService>();
        services.AddSingleton<DashboardService>();

        services.AddSingleton<ImportService>();
        services.AddSingleton<ContactExportService>();
        services.AddSingleton<EverythingExportService>();
        services.AddSingleton<BackupService>();
        services.AddSingleton<RestoreService>();
        services.AddSingleton<DemoDataService>();
        return services;
    }
}
