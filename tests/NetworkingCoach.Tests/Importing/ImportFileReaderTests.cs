using System.Text;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class ImportFileReaderTests
{
    [Fact]
    public void An_unclosed_quote_is_a_file_error_with_its_line_number()
    {
        var text = "Name,Email\nAnn,ann@example.com\n\"Bob,bob@example.com\nCarl,carl@example.com\n";

        var error = Assert.Throws<ImportException>(() => Samples.ReadText(text));

        Assert.Equal(ImportErrorKind.UnclosedQuote, error.Kind);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("Line 3", error.Message);
    }

    [Fact]
    public void An_unclosed_quote_early_in_a_big_file_stops_at_the_record_size_limit_instead_of_eating_the_file()
    {
        var text = "Name,Email\nAnn,\"ann@example.com\n" + string.Concat(Enumerable.Repeat("Bob,bob@example.com\n", 300_000));

        var error = Assert.Throws<ImportException>(() => Samples.ReadText(text));

        Assert.Equal(ImportErrorKind.RecordTooLarge, error.Kind);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("quotation mark", error.Message);
    }

    [Fact]
    public void A_stray_quote_inside_a_field_keeps_the_row_with_a_problem()
    {
        var row = Samples.ReadText("Name,Notes\nAnn,Has a 5\" screen\n").Single();

        Assert.Equal("Has a 5\" screen", row.Notes);
        Assert.Contains(row.Problems, p => p.Contains("quoting"));
    }

    [Theory]
    [InlineData("Name,Notes\nAnn,Has a 5\" screen\n", "A quotation mark sits in the middle of a value")]
    [InlineData("Name,Notes\nAnn,\"Quoted\" then more\n", "Text follows the closing quotation mark")]
    public void A_row_with_broken_quoting_is_explained_in_plain_words_without_parser_codes(string text, string expected)
    {
        var problem = Assert.Single(Samples.ReadText(text).Single().Problems);

        Assert.StartsWith(expected, problem);
        Assert.DoesNotMatch(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b", problem);
    }

    [Fact]
    public void Binary_junk_is_rejected_with_a_clear_message()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[10] = 0;

        var error = Assert.Throws<ImportException>(() => ImportFileReader.Read(new MemoryStream(junk)));

        Assert.Equal(ImportErrorKind.BinaryContent, error.Kind);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        var error = Assert.Throws<ImportException>(() => ImportFileReader.Detect(new MemoryStream()));

        Assert.Equal(ImportErrorKind.EmptyFile, error.Kind);
    }

    [Theory]
    [InlineData("Name,Email\n")]
    [InlineData("Notes:\n\"Some sentence\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n")]
    public void A_header_only_file_is_rejected_with_the_header_line(string text)
    {
        var error = Assert.Throws<ImportException>(() => Samples.ReadText(text));

        Assert.Equal(ImportErrorKind.HeaderOnly, error.Kind);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void Detect_puts_a_seekable_stream_back_so_read_can_follow()
    {
        using var stream = Samples.Open("linkedin-current.csv");

        ImportFileReader.Detect(stream);

        Assert.Equal(0, stream.Position);
        Assert.Equal(4, ImportFileReader.Read(stream).Count());
    }

    [Fact]
    public void A_format_override_reads_a_vcard_even_after_leading_blank_lines()
    {
        var text = "\r\n\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n";

        var row = ImportFileReader.Read(Samples.Utf8(text), new ImportOptions { Format = ImportFormatKind.VCard }).Single();

        Assert.Equal("Ann", row.Name);
        Assert.Equal(3, row.LineNumber);
    }

    [Fact]
    public void Every_sample_is_detected_as_its_own_format()
    {
        var expected = new Dictionary<string, ImportFormatKind>
        {
            ["linkedin-current.csv"] = ImportFormatKind.LinkedIn,
            ["linkedin-excel-resave.csv"] = ImportFormatKind.LinkedIn,
            ["google-current.csv"] = ImportFormatKind.Google,
            ["google-legacy-utf16.csv"] = ImportFormatKind.Google,
            ["outlook-web.csv"] = ImportFormatKind.Outlook,
            ["outlook-desktop.csv"] = ImportFormatKind.Outlook,
            ["contacts-v21.vcf"] = ImportFormatKind.VCard,
            ["contacts-v30.vcf"] = ImportFormatKind.VCard,
            ["contacts-v40.vcf"] = ImportFormatKind.VCard,
            ["generic-semicolon.csv"] = ImportFormatKind.Csv,
            ["generic-sep-line.csv"] = ImportFormatKind.Csv,
        };

        foreach (var (file, format) in expected)
        {
            using var stream = Samples.Open(file);
            Assert.True(format == ImportFileReader.Detect(stream).Format, file);
        }
    }

    [Fact]
    public void Raw_fields_keep_the_record_as_read_for_writing_rejects_back_out()
    {
        var row = Samples.ReadText("Name,Email\n  Ann  , ann@example.com \n").Single();

        Assert.Equal(["  Ann  ", " ann@example.com "], row.RawFields);
        Assert.Equal("Ann", row.Name);
    }

    [Fact]
    public void A_large_linkedin_file_streams_rows_before_it_is_read_and_holds_none_it_has_handed_out()
    {
        const long size = 50L * 1024 * 1024;
        using var source = new GeneratedLinkedInStream(size);

        using var enumerator = ImportFileReader.Read(source).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        var readAtFirstRow = source.Position;

        var handedOut = TrackRows(enumerator, 1_000);
        var count = 1 + handedOut.Length;
        while (enumerator.MoveNext())
        {
            count++;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.True(readAtFirstRow < 1024 * 1024, $"read {readAtFirstRow} bytes before the first row");
        Assert.True(count > 400_000, $"only {count} rows");
        Assert.True(source.Position >= size);
        Assert.Equal(0, handedOut.Count(row => row.IsAlive));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference[] TrackRows(IEnumerator<ImportedRow> rows, int count)
    {
        var tracked = new WeakReference[count];
        for (var i = 0; i < count && rows.MoveNext(); i++)
        {
            tracked[i] = new WeakReference(rows.Current);
        }

        return tracked;
    }

    /// <summary>A LinkedIn export of a given size, produced as it is read so the test itself holds nothing.</summary>
    private sealed class GeneratedLinkedInStream(long size) : Stream
    {
        private readonly byte[] _header = Encoding.UTF8.GetBytes(
            "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");

        private byte[] _current = [];
        private int _offset;
        private long _position;
        private int _row;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => size;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _current.Length)
            {
                if (_position >= size)
                {
                    return 0;
                }

                _current = _position == 0 ? _header : Encoding.UTF8.GetBytes(
                    $"Person{_row},Number {_row},https://www.linkedin.com/in/person-{_row},,\"Company {_row % 977}, Ltd\",Engineer,{1 + _row % 28:00} Sep 2024\n");
                _row++;
                _offset = 0;
            }

            var take = Math.Min(count, _current.Length - _offset);
            Array.Copy(_current, _offset, buffer, offset, take);
            _offset += take;
            _position += take;
            return take;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
