namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>A migrated database holding nothing, as the app's first start leaves it.</summary>
public static class EmptyStore
{
    private static readonly StoreTemplate<bool> s_template = new("empty", _ => Task.FromResult(true));

    /// <summary>Gives a data folder without a database an empty migrated one, so the app's start does not apply every migration again.</summary>
    public static async Task EnsureInAsync(string dataDirectory)
    {
        if (!File.Exists(Path.Combine(dataDirectory, NetworkingCoach.Data.DatabaseLocation.FileName)))
        {
            await s_template.CopyIntoAsync(dataDirectory);
        }
    }
}
