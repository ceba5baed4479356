using System.Text;

namespace NetworkingCoach.Importing;

/// <summary>What the first bytes of a file say about how to read the rest.</summary>
public sealed record SniffResult(Encoding Encoding, char Delimiter, bool HasSeparatorLine, bool IsVCard)
{
    /// <summary>The bytes read while sniffing, after any byte order mark; reading resumes with them.</summary>
    internal ReadOnlyMemory<byte> Prefix { get; init; }
}
