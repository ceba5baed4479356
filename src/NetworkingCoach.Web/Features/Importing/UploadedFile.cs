namespace NetworkingCoach.Web.Features.Importing;

/// <summary>
/// A browser upload copied to a private file in the upload folder, because the importer reads a file twice (preview,
/// then import) and never holds it in memory. The file is deleted on dispose; leftovers are swept by <see cref="UploadSweeper"/>.
/// </summary>
public sealed class UploadedFile(string path, string name, long size) : IDisposable
{
    public string Path { get; } = path;
    public string Name { get; } = name;
    public long Size { get; } = size;

    public static async Task<UploadedFile> SaveAsync(Microsoft.AspNetCore.Components.Forms.IBrowserFile file, UploadFolder folder, long maxBytes, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(folder.Ensure(), "upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 81920, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using var target = new FileStream(path, options);
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
            // Left in the upload folder; the sweeper removes it.
        }
    }
}
