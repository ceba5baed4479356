using System.Diagnostics;

namespace NetworkingCoach.Tests.Cli;

/// <summary>A small tmpfs mounted on a temp folder, to fill up or make read-only for real. Needs root, as the test machines run.</summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(int kilobytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nc-disk-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k,mode=0777", "tmpfs", path);
        return new SmallDisk(path);
    }

    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {error.Trim()} (these tests mount a tmpfs and need root)");
        }
    }
}
