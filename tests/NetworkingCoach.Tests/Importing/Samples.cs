using System.Text;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

/// <summary>Opens the sample files copied next to the tests, and builds streams from text.</summary>
internal static class Samples
{
    public static Stream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Importing", "Samples", name));

    public static List<ImportedRow> Read(string name, ImportOptions? options = null)
    {
        using var stream = Open(name);
        return ImportFileReader.Read(stream, options).ToList();
    }

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    public static List<ImportedRow> ReadText(string text, ImportOptions? options = null) =>
        ImportFileReader.Read(Utf8(text), options).ToList();
}
