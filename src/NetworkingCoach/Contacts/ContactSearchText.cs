using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Builds the lower-cased text quick search looks in: name, company and emails.</summary>
public static class ContactSearchText
{
    public static string Build(string name, string? company, IEnumerable<string> normalizedEmails)
    {
        // Joined into one buffer and lower-cased there (one character more than kept, so a surrogate pair at the
        // cut is lower-cased whole), rather than joined, lower-cased and cut as three strings: an import builds one a row.
        var joined = new SpanJoiner(stackalloc char[FieldLimits.SearchText + 1]);
        joined.Add(name);
        joined.Add(company);
        foreach (var email in normalizedEmails)
        {
            joined.Add(email);
        }

        Span<char> lower = stackalloc char[joined.Text.Length];
        joined.Text.ToLowerInvariant(lower);
        return new string(lower[..Math.Min(lower.Length, FieldLimits.SearchText)]);
    }

    // Appends the non-blank parts with single spaces between them until the buffer is full.
    private ref struct SpanJoiner(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;

        public readonly ReadOnlySpan<char> Text => _buffer[.._length];

        public void Add(string? part)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                return;
            }

            if (_length > 0)
            {
                Append(" ");
            }

            Append(part);
        }

        private void Append(ReadOnlySpan<char> text)
        {
            var room = Math.Min(text.Length, _buffer.Length - _length);
            text[..room].CopyTo(_buffer[_length..]);
            _length += room;
        }
    }
}
