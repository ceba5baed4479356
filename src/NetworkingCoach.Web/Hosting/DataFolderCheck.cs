using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Makes sure the data folder exists and can be written before anything else starts; otherwise says why in one line.</summary>
public static class DataFolderCheck
{
    /// <summary>Null when the folder is ready; else one plain sentence for the console.</summary>
    public static string? Problem(DatabaseLocation location)
    {
        var probe = Path.Combine(location.DataDirectory, $".write-check-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(location.DataDirectory);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"NetworkingCoach cannot start: the data folder {location.DataDirectory} cannot be written ({ex.Message.TrimEnd('.')}). "
                + $"Fix its permissions, or choose another folder with {DatabaseLocation.DataDirectoryVariable}=/path or --DataDirectory /path.";
        }
    }
}
