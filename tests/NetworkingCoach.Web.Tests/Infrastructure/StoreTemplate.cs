using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>
/// A database filled once per test run, on first use, and copied into each data folder that needs it: one
/// migration (and one seeding) for the run instead of one per app start. Each test still gets a file of its own.
/// </summary>
public sealed class StoreTemplate<T>(string name, Func<ServiceProvider, Task<T>> fill)
{
    private readonly Lazy<Task<(string Directory, T Filled)>> _made = new(() => MakeAsync(name, fill));

    /// <summary>Copies the template's database into the data folder and returns what filling it gave.</summary>
    public async Task<T> CopyIntoAsync(string dataDirectory)
    {
        var (template, filled) = await _made.Value;
        Directory.CreateDirectory(dataDirectory);
        // Every connection to the template is closed, so its write-ahead log has been folded into the file; copy whatever is left of it too.
        foreach (var suffix in new[] { "", "-wal" })
        {
            var source = Path.Combine(template, DatabaseLocation.FileName + suffix);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(dataDirectory, DatabaseLocation.FileName + suffix));
            }
        }

        return filled;
    }

    private static async Task<(string, T)> MakeAsync(string name, Func<ServiceProvider, Task<T>> fill)
    {
        // Kept beside the test assembly, where the next run replaces it; the test process can be stopped before any clean-up.
        var directory = Path.Combine(AppContext.BaseDirectory, "store-templates", name);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        T filled;
        await using (var provider = await MigratedStore.OpenAsync(directory))
        {
            filled = await fill(provider);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (directory, filled);
    }
}
