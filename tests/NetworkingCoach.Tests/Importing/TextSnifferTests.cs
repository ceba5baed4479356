using System.Text;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class TextSnifferTests
{
    private static SniffResult Sniff(byte[] bytes) => TextSniffer.Sniff(new MemoryStream(bytes));

    [Fact]
    public void Utf8_byte_order_mark_is_recognised_and_not_part_of_the_text()
    {
        var result = Sniff([0xEF, 0xBB, 0xBF, .. "a,b\n1,2\n"u8]);

        Assert.IsType<UTF8Encoding>(result.Encoding);
        Assert.Equal((byte)'a', result.Prefix.Span[0]);
    }

    [Fact]
    public void Utf16_little_and_big_endian_byte_order_marks_are_recognised()
    {
        var little = Sniff([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a;b\n1;2\n")]);
        var big = Sniff([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("a;b\n1;2\n")]);

        Assert.Equal("a;b", little.Encoding.GetString(little.Prefix.Span)[..3]);
        Assert.Equal("a;b", big.Encoding.GetString(big.Prefix.Span)[..3]);
        Assert.Equal(';', little.Delimiter);
    }

    [Fact]
    public void Invalid_utf8_without_a_byte_order_mark_is_read_as_windows_1252()
    {
        var result = Sniff(TextSniffer.Windows1252.GetBytes("Name\nJosé Núñez\n"));

        Assert.Equal(1252, result.Encoding.CodePage);
    }

    [Fact]
    public void Valid_utf8_without_a_byte_order_mark_is_read_as_utf8()
    {
        Assert.Equal(Encoding.UTF8.CodePage, Sniff(Encoding.UTF8.GetBytes("Name\nZoë Ødegaard\n")).Encoding.CodePage);
    }

    [Fact]
    public void Nul_bytes_that_are_not_utf16_text_are_rejected_as_binary()
    {
        byte[] junk = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xFF, 0x13, 0x00];

        var error = Assert.Throws<ImportException>(() => Sniff(junk));

        Assert.Equal(ImportErrorKind.BinaryContent, error.Kind);
        Assert.Contains("not text", error.Message);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_still_recognised_by_its_nul_pattern()
    {
        var result = Sniff(Encoding.Unicode.GetBytes("Name,Email\nAnn,ann@example.com\n"));

        Assert.Equal(Encoding.Unicode.CodePage, result.Encoding.CodePage);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        Assert.Equal(ImportErrorKind.EmptyFile, Assert.Throws<ImportException>(() => Sniff([])).Kind);
        Assert.Equal(ImportErrorKind.EmptyFile, Assert.Throws<ImportException>(() => Sniff("  \r\n"u8.ToArray())).Kind);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a;b;c\n1;2,5;3\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("Name;Notes\n\"Ann\";\"a, b, c, d\"\n", ';')]
    public void The_delimiter_is_the_one_used_consistently_outside_quotes(string text, char expected)
    {
        Assert.Equal(expected, Sniff(Encoding.UTF8.GetBytes(text)).Delimiter);
    }

    [Fact]
    public void A_leading_sep_line_sets_the_delimiter()
    {
        var result = Sniff("sep=;\nName,Email;x\n"u8.ToArray());

        Assert.Equal(';', result.Delimiter);
        Assert.True(result.HasSeparatorLine);
    }

    [Fact]
    public void Only_a_prefix_of_the_stream_is_read()
    {
        var stream = new MemoryStream(new byte[5 * TextSniffer.PrefixSize].Select(_ => (byte)'a').ToArray());

        TextSniffer.Sniff(stream);

        Assert.Equal(TextSniffer.PrefixSize, stream.Position);
    }
}
