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

    /// <summary>The web app executable built with the same configuration as this assembly.</summary>
    public static string WebAppExecutable => Executable("NetworkingCoach.Web");

    /// <summary>The executable of a project under src/ (NetworkingCoach.Web, NetworkingCoach.Cli), built with the same configuration as this assembly.</summary>
    public static string Executable(string project)
    {
        var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var bin = Path.Combine(Root, "src", project, "bin", configuration);
        var name = OperatingSystem.IsWindows() ? project + ".exe" : project;
        var candidates = Directory.Exists(bin) ? Directory.GetFiles(bin, name, SearchOption.AllDirectories) : [];
        return candidates.OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException($"{project} is not built under {bin}; run dotnet build first.");
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
