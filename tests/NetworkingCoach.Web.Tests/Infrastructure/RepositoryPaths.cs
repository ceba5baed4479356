using System.Reflection;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>Finds the repository and the built web app from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NetworkingCoach.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("NetworkingCoach.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The self-contained web app executable built with the same configuration as these tests.</summary>
    public static string WebAppExecutable
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var bin = Path.Combine(Root, "src", "NetworkingCoach.Web", "bin", configuration);
            var name = OperatingSystem.IsWindows() ? "NetworkingCoach.Web.exe" : "NetworkingCoach.Web";
            var candidates = Directory.Exists(bin) ? Directory.GetFiles(bin, name, SearchOption.AllDirectories) : [];
            return candidates.OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
                ?? throw new InvalidOperationException($"The web app is not built under {bin}; run dotnet build first.");
        }
    }

    /// <summary>Where end-to-end tests save what the browser showed.</summary>
    public static string Screenshots
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
