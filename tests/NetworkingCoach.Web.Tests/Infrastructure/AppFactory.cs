using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>The app in memory through WebApplicationFactory, on its own SQLite file in a temp folder.</summary>
public sealed class AppFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    /// <summary>The app as when started with <c>--urls http://0.0.0.0:5000</c>: reachable beyond this machine, so sign-in is required.</summary>
    public static AppFactory Exposed() => new(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:5000" });

    public string DataDirectory => _data.Path;

    public string DatabasePath => Path.Combine(_data.Path, "networkingcoach.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DataDirectory", _data.Path);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _data.Dispose();
        }
    }
}
