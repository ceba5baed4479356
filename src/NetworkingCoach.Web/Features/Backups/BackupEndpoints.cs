using NetworkingCoach.Backups;

namespace NetworkingCoach.Web.Features.Backups;

/// <summary>The download of a backup listed in Settings; only names from the backups folder are served.</summary>
public static class BackupEndpoints
{
    public static IEndpointRouteBuilder MapBackupDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/backups/download/{fileName}", (string fileName, BackupService backups) =>
            backups.OpenRead(fileName) is { } stream
                ? Results.File(stream, "application/vnd.sqlite3", fileName)
                : Results.NotFound());
        return endpoints;
    }
}
