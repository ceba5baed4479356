using System.Text;

namespace NetworkingCoach.Importing;

/// <summary>Works out the encoding, separator and kind of a text file from a prefix of its bytes.</summary>
public static class TextSniffer
{
    /// <summary>How many bytes are read to decide; the rest of the stream is never touched while sniffing.</summary>
    public const int PrefixSize = 64 * 1024;

    private static readonly char[] s_candidates = [',', ';', '\t'];

    /// <summary>Windows-1252, the encoding of Excel re-saves and classic Outlook exports.</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    /// <summary>Reads up to <see cref="PrefixSize"/> bytes from the stream and sniffs them.</summary>
    public static SniffResult Sniff(Stream stream, Encoding? forcedEncoding = null, char? forcedDelimiter = null)
    {
        var buffer = new byte[PrefixSize];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return Sniff(buffer.AsMemory(0, length), length == buffer.Length, forcedEncoding, forcedDelimiter);
    }

    private static Encoding LoadWindows1252()
    {
        // .NET only has UTF and Latin-1 built in; the code pages provider is part of the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    internal static SniffResult Sniff(ReadOnlyMemory<byte> prefix, bool truncated, Encoding? forcedEncoding, char? forcedDelimiter)
    {
        if (prefix.IsEmpty)
        {
            throw new ImportException(ImportErrorKind.EmptyFile, "The file is empty.");
        }

        var (encoding, bomLength) = DetectEncoding(prefix.Span, truncated);
        encoding = forcedEncoding ?? encoding;
        var body = prefix[bomLength..];
        var text = encoding.GetString(body.Span);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException(ImportErrorKind.EmptyFile, "The file contains no text.");
        }

        if (LooksBinary(text))
        {
            throw new ImportException(
                ImportErrorKind.BinaryContent,
                "The file does not look like text. Export your contacts as CSV or vCard and try again.");
        }

        var isVCard = text.TrimStart().StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
        var separatorLine = ReadSeparatorLine(text);
        var delimiter = forcedDelimiter ?? separatorLine ?? DetectDelimiter(text);
        return new SniffResult(encoding, delimiter, separatorLine is not null, isVCard) { Prefix = body };
    }

    private static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> bytes, bool truncated)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(false, false), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(true, false), 2);
        }

        if (bytes.Contains((byte)0))
        {
            return (DetectUtf16WithoutBom(bytes) ?? throw new ImportException(
                ImportErrorKind.BinaryContent,
                "The file is not text: it looks like a spreadsheet or an archive. Export your contacts as CSV and try again."), 0);
        }

        return (IsStrictUtf8(bytes, truncated) ? new UTF8Encoding(false) : Windows1252, 0);
    }

    // UTF-16 text of mostly Latin letters has a NUL in every other byte: odd positions for
    // little-endian, even for big-endian. Anything else with NULs is binary.
    private static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var pairs = bytes.Length / 2;
        if (pairs == 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05)
        {
            return new UnicodeEncoding(false, false);
        }

        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05)
        {
            return new UnicodeEncoding(true, false);
        }

        return null;
    }

    private static bool IsStrictUtf8(ReadOnlySpan<byte> bytes, bool truncated)
    {
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var chars = new char[4096];
        try
        {
            while (!bytes.IsEmpty)
            {
                var take = Math.Min(bytes.Length, 4096);
                // A prefix cut mid-character is not an error: only flush at the real end of the file.
                decoder.Convert(bytes[..take], chars, flush: !truncated && take == bytes.Length, out var used, out _, out _);
                bytes = bytes[used..];
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')))
            {
                control++;
            }
        }

        return control > Math.Max(2, text.Length / 100);
    }

    private static char? ReadSeparatorLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = (end < 0 ? text : text[..end]).Trim().Trim('"');
        return first.Length == 5 && first.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) ? first[4] : null;
    }

    // The separator is the candidate whose count per record is most consistent, ignoring quoted text.
    private static char DetectDelimiter(string text)
    {
        var counts = s_candidates.ToDictionary(c => c, _ => new List<int>());
        var current = s_candidates.ToDictionary(c => c, _ => 0);
        var inQuotes = false;
        var records = 0;
        for (var i = 0; i < text.Length && records < 50; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\n' or '\r')
            {
                EndRecord();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (!inQuotes && current.ContainsKey(c))
            {
                current[c]++;
            }
        }

        EndRecord();

        var best = ',';
        (int Frequency, int Count) bestScore = (0, 0);
        foreach (var candidate in s_candidates)
        {
            var score = counts[candidate]
                .Where(n => n > 0)
                .GroupBy(n => n)
                .Select(g => (Frequency: g.Count(), Count: g.Key))
                .OrderByDescending(s => s.Frequency)
                .ThenByDescending(s => s.Count)
                .FirstOrDefault();
            if (score.Frequency > bestScore.Frequency || (score.Frequency == bestScore.Frequency && score.Count > bestScore.Count))
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;

        void EndRecord()
        {
            if (current.Values.All(v => v == 0))
            {
                return;
            }

            records++;
            foreach (var candidate in s_candidates)
            {
                counts[candidate].Add(current[candidate]);
                current[candidate] = 0;
            }
        }
    }
}
