using System.Text;

namespace NetworkingCoach.Importing;

/// <summary>Choices that override what the importer would detect on its own.</summary>
public sealed record ImportOptions
{
    /// <summary>Forces a format instead of detecting it from the content.</summary>
    public ImportFormatKind? Format { get; init; }

    /// <summary>The column mapping for <see cref="ImportFormatKind.Csv"/>; guessed from the header when null.</summary>
    public ColumnMapping? Mapping { get; init; }

    /// <summary>Forces a text encoding instead of sniffing the byte order mark and content.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Forces the field separator instead of detecting it.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Leaves out rows that only likely match someone (same name, close spelling) instead of creating them for review.</summary>
    public bool SkipLikelyMatches { get; init; }

    /// <summary>How many rows <see cref="ImportFileReader.Detect"/> returns as a preview.</summary>
    public int PreviewRows { get; init; } = 10;
}
