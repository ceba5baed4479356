using CsvHelper;

namespace NetworkingCoach.Importing;

/// <summary>Streams CSV records through CsvHelper and turns its failures into <see cref="ImportException"/>s.</summary>
internal sealed class CsvRecordSource(TextReader reader, char delimiter, int lineOffset) : IDisposable
{
    /// <summary>No real contact record comes near this; a bigger one is an unclosed quote eating the file.</summary>
    public const int MaxRecordBytes = 4 * 1024 * 1024;

    private CsvMalformedRecord? _malformed;
    private CsvReader? _reader;

    public IEnumerable<CsvRecord> Records()
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = delimiter,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => _malformed = record,
            MaxRecordSize = MaxRecordBytes,
        };
        _reader = CsvReader.Create(reader, options, leaveOpen: true);
        while (true)
        {
            _malformed = null;
            if (!Read())
            {
                yield break;
            }

            var line = (int)_reader.LineNumber + lineOffset;
            var fields = new string[_reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = _reader.GetString(i) ?? "";
            }

            string? problem = null;
            if (_malformed is { } malformed)
            {
                if (malformed.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    throw new ImportException(
                        ImportErrorKind.UnclosedQuote,
                        "A value here opens a quotation mark that is never closed, so the rest of the file cannot be read.",
                        line);
                }

                problem = Describe(malformed.Reason);
            }

            yield return new CsvRecord(line, fields, problem);
        }
    }

    private bool Read()
    {
        try
        {
            return _reader!.Read();
        }
        catch (CsvFormatException exception)
        {
            var line = exception.LineNumber > 0 ? (int)exception.LineNumber + lineOffset : (int?)null;
            var tooLarge = exception.Message.Contains("MaxRecordSize", StringComparison.Ordinal);
            throw tooLarge
                ? new ImportException(
                    ImportErrorKind.RecordTooLarge,
                    "The row starting here runs on for more than 4 MB; most likely a quotation mark is never closed.",
                    line,
                    exception)
                : new ImportException(
                    ImportErrorKind.MalformedFile,
                    "The file stops being readable as CSV here. Open it in a spreadsheet, check the quotation marks around this line and save it as CSV again.",
                    line,
                    exception);
        }
    }

    /// <summary>What is wrong with a row's quoting, in words a person fixing the file can act on.</summary>
    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "A quotation mark sits in the middle of a value; check the quoting in this row (its values were kept as written).",
        CsvMalformedReason.TextAfterClosingQuote => "Text follows the closing quotation mark of a value; check the quoting in this row (its values were kept as written).",
        CsvMalformedReason.LineBreakInQuotes => "A quoted value runs over more than one line; check the quoting in this row.",
        CsvMalformedReason.FieldCountMismatch => "This row has a different number of columns from the header row.",
        _ => "The quoting in this row is not valid CSV; its values were kept as written.",
    };

    public void Dispose() => _reader?.Dispose();
}
