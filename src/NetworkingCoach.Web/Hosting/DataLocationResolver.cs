using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Reads where the data lives from configuration: ConnectionStrings:Default, else DataDirectory / NETWORKINGCOACH_DATA, else the per-user folder.</summary>
public static class DataLocationResolver
{
    public static DatabaseLocation Resolve(IConfiguration configuration) =>
        DatabaseLocation.Resolve(
            NullIfEmpty(configuration.GetConnectionString("Default")),
            NullIfEmpty(configuration["DataDirectory"]) ?? NullIfEmpty(Environment.GetEnvironmentVariable(DatabaseLocation.DataDirectoryVariable)));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
