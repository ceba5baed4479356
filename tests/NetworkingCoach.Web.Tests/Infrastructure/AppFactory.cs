using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>The app in memory through WebApplicationFactory, on its own SQLite file in a temp folder.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public string DataDirectory => _data.Path;

    public string DatabasePath => Path.Combine(_data.Path, "networkingcoach.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DataDirectory", _data.Path);
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
