namespace NetworkingCoach.Web.Features.Importing;

/// <summary>
/// A browser upload copied to a private temp file, because the importer reads a file twice (preview, then
/// import) and never holds it in memory. The file is deleted on dispose.
/// </summary>
public sealed class UploadedFile(string path, string name, long size) : IDisposable
{
    public string Path { get; } = path;
    public string Name { get; } = name;
    public long Size { get; } = size;

    public static async Task<UploadedFile> SaveAsync(Microsoft.AspNetCore.Components.Forms.IBrowserFile file, long maxBytes, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "networkingcoach-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await using var source = file.OpenReadStream(maxBytes, cancellationToken);
            await source.CopyToAsync(target, cancellationToken);
            return new UploadedFile(path, file.Name, target.Length);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Left in the temp folder; the OS cleans it up.
        }
    }
}
