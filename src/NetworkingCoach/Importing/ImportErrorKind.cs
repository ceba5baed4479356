namespace NetworkingCoach.Importing;

/// <summary>Why a whole file could not be imported.</summary>
public enum ImportErrorKind
{
    EmptyFile = 0,
    HeaderOnly = 1,
    BinaryContent = 2,
    UnclosedQuote = 3,
    RecordTooLarge = 4,
    UnknownFormat = 5,
    MissingColumns = 6,
    MalformedFile = 7,
}
