using System.Text;

namespace NetworkingCoach.Importing;

/// <summary>The single entry point for reading contact files: detect what a file is, then stream its rows.</summary>
public static class ImportFileReader
{
    /// <summary>Known headers are looked for this many records into the file (LinkedIn puts a preamble first).</summary>
    public const int HeaderSearchRecords = 20;

    /// <summary>
    /// Sniffs the start of the file and reads a preview of its first rows. A seekable stream is put
    /// back where it was, so it can be passed to <see cref="Read"/> next.
    /// </summary>
    /// <exception cref="ImportException">The file cannot be imported; the message says why.</exception>
    public static ImportDetection Detect(Stream stream, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        var start = stream.CanSeek ? stream.Position : (long?)null;
        try
        {
            var opened = Open(stream, options);
            var preview = opened.Rows.Take(Math.Max(0, options.PreviewRows)).ToList();
            return new ImportDetection(
                opened.Format, opened.Sniff.Encoding, opened.Sniff.Delimiter, opened.Headers, opened.HeaderLineNumber, opened.Mapping, preview);
        }
        finally
        {
            if (start is { } position)
            {
                stream.Position = position;
            }
        }
    }

    /// <summary>
    /// Reads the file's rows one at a time, never holding the whole file. File-level problems found at the
    /// start (empty, binary, unknown format, header only) throw here; those found later (an unclosed quote)
    /// throw while enumerating. Either way it is an <see cref="ImportException"/>.
    /// </summary>
    public static IEnumerable<ImportedRow> Read(Stream stream, ImportOptions? options = null) =>
        Open(stream, options ?? new ImportOptions()).Rows;

    private static Opened Open(Stream stream, ImportOptions options)
    {
        var sniff = TextSniffer.Sniff(stream, options.Encoding, options.Delimiter);
        var reader = new StreamReader(
            new PrefixedStream(sniff.Prefix, stream), sniff.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024);

        var format = options.Format ?? (sniff.IsVCard ? ImportFormatKind.VCard : (ImportFormatKind?)null);
        if (format == ImportFormatKind.VCard)
        {
            var rows = VCardFormat.Read(reader);
            var first = Peek(rows, out var rest);
            if (first is null)
            {
                throw new ImportException(ImportErrorKind.EmptyFile, "The file contains no vCards.");
            }

            return new Opened(ImportFormatKind.VCard, sniff, [], 0, null, rest);
        }

        var lineOffset = 0;
        if (sniff.HasSeparatorLine)
        {
            reader.ReadLine();
            lineOffset = 1;
        }

        var source = new CsvRecordSource(reader, sniff.Delimiter, lineOffset);
        var records = source.Records().GetEnumerator();
        var (mapper, header, pending) = FindHeader(records, format, options);
        if (pending.Count == 0 && NextRecord(records) is { } firstRow)
        {
            pending.Add(firstRow);
        }

        if (pending.Count == 0)
        {
            throw new ImportException(ImportErrorKind.HeaderOnly, "The file has a header but no contacts.", header.LineNumber);
        }

        return new Opened(
            mapper.Kind, sniff, header.Fields, header.LineNumber, (mapper as GenericCsvFormat)?.Mapping, MapRows(mapper, pending, records, source));
    }

    private static (ICsvRowMapper Mapper, CsvRecord Header, List<CsvRecord> Pending) FindHeader(
        IEnumerator<CsvRecord> records, ImportFormatKind? format, ImportOptions options)
    {
        var scanned = new List<CsvRecord>();
        if (format == ImportFormatKind.Csv)
        {
            if (NextRecord(records) is { } first)
            {
                scanned.Add(first);
            }
        }
        else
        {
            while (scanned.Count < HeaderSearchRecords && NextRecord(records) is { } record)
            {
                scanned.Add(record);
                if (KnownMapper(format, record.Fields) is { } mapper)
                {
                    return (mapper, record, []);
                }
            }
        }

        if (scanned.Count == 0)
        {
            throw new ImportException(ImportErrorKind.EmptyFile, "The file contains no contacts.");
        }

        if (format is ImportFormatKind.LinkedIn or ImportFormatKind.Google or ImportFormatKind.Outlook)
        {
            throw new ImportException(
                ImportErrorKind.MissingColumns,
                $"No {format} header row was found in the first {HeaderSearchRecords} lines. Check that this is a {format} export, or import it as a generic CSV file.");
        }

        // A generic file's header is its first record; the records read past it while searching are data.
        var header = scanned[0];
        var mapping = ColumnMapping.Guess(header.Fields);
        if (options.Mapping is not null)
        {
            mapping = mapping.With(options.Mapping);
        }

        if (!mapping.HasIdentity)
        {
            throw new ImportException(
                ImportErrorKind.UnknownFormat,
                "This is not a LinkedIn, Google, Outlook or vCard file, and no column could be recognised as a name or an email address. "
                + "Choose the columns by hand (for example \"Full name=Name,Mail=Email\").",
                header.LineNumber);
        }

        return (new GenericCsvFormat(header.Fields, mapping), header, scanned.Skip(1).ToList());
    }

    private static ICsvRowMapper? KnownMapper(ImportFormatKind? format, string[] fields) => format switch
    {
        null when LinkedInConnectionsFormat.IsHeader(fields) => new LinkedInConnectionsFormat(fields),
        null when OutlookFormat.IsHeader(fields) => new OutlookFormat(fields),
        null when GoogleContactsFormat.IsHeader(fields) => new GoogleContactsFormat(fields),
        ImportFormatKind.LinkedIn when LinkedInConnectionsFormat.IsHeader(fields) => new LinkedInConnectionsFormat(fields),
        ImportFormatKind.Outlook when OutlookFormat.IsHeader(fields) => new OutlookFormat(fields),
        ImportFormatKind.Google when GoogleContactsFormat.IsHeader(fields) => new GoogleContactsFormat(fields),
        _ => null,
    };

    private static IEnumerable<ImportedRow> MapRows(
        ICsvRowMapper mapper, List<CsvRecord> pending, IEnumerator<CsvRecord> records, CsvRecordSource source)
    {
        using (source)
        using (records)
        {
            foreach (var record in pending)
            {
                yield return Map(mapper, record);
            }

            while (NextRecord(records) is { } record)
            {
                yield return Map(mapper, record);
            }
        }
    }

    private static ImportedRow Map(ICsvRowMapper mapper, CsvRecord record)
    {
        var row = mapper.Map(record.LineNumber, record.Fields);
        return record.Problem is null ? row : row with { Problems = [.. row.Problems, record.Problem] };
    }

    // Excel writes rows of separators only (",,,,") for blank lines; they are not records.
    private static CsvRecord? NextRecord(IEnumerator<CsvRecord> records)
    {
        while (records.MoveNext())
        {
            if (!ImportText.IsBlank(records.Current.Fields))
            {
                return records.Current;
            }
        }

        return null;
    }

    private static ImportedRow? Peek(IEnumerable<ImportedRow> rows, out IEnumerable<ImportedRow> all)
    {
        var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            enumerator.Dispose();
            all = [];
            return null;
        }

        var first = enumerator.Current;
        all = Continue(first, enumerator);
        return first;

        static IEnumerable<ImportedRow> Continue(ImportedRow first, IEnumerator<ImportedRow> rest)
        {
            using (rest)
            {
                yield return first;
                while (rest.MoveNext())
                {
                    yield return rest.Current;
                }
            }
        }
    }

    private sealed record Opened(
        ImportFormatKind Format, SniffResult Sniff, IReadOnlyList<string> Headers, int HeaderLineNumber, ColumnMapping? Mapping, IEnumerable<ImportedRow> Rows);
}
