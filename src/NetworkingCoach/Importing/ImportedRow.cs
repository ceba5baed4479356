namespace NetworkingCoach.Importing;

/// <summary>One contact as read from an import file, values trimmed but otherwise as they came.</summary>
public sealed record ImportedRow
{
    /// <summary>The 1-based physical line of the file where this record starts.</summary>
    public required int LineNumber { get; init; }

    /// <summary>The format that produced the row; LinkedIn rows carry a first-connection date in <see cref="KnownSince"/>.</summary>
    public required ImportFormatKind Source { get; init; }

    public string Name { get; init; } = "";
    public IReadOnlyList<LabeledValue> Emails { get; init; } = [];
    public IReadOnlyList<LabeledValue> Phones { get; init; } = [];
    public string? Company { get; init; }
    public string? Title { get; init; }
    public string? Location { get; init; }
    public string? LinkedInUrl { get; init; }
    public string? HowWeMet { get; init; }
    public DateOnly? KnownSince { get; init; }

    /// <summary>The year is <see cref="Domain.Birthday.UnknownYear"/> when the file gave none.</summary>
    public DateOnly? Birthday { get; init; }
    public int? Closeness { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Things wrong with this row that did not stop it being read, such as a date that does not parse.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The record's fields exactly as read (for a vCard, its unfolded lines), to write rejected rows back out.</summary>
    public IReadOnlyList<string> RawFields { get; init; } = [];
}
