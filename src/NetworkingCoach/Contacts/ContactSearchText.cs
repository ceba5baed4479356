using System.Buffers;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Builds the lower-cased text quick search looks in: name, company and emails.</summary>
public static class ContactSearchText
{
    public static string Build(string name, string? company, IEnumerable<string> normalizedEmails)
    {
        // Joined into one buffer and lower-cased into another (one character more than kept, so a surrogate pair at
        // the cut is lower-cased whole), rather than joined, lower-cased and cut as three strings: an import builds
        // one a row. Pooled buffers, since zeroing fresh ones this size would cost more than the joining.
        var joinedBuffer = ArrayPool<char>.Shared.Rent(FieldLimits.SearchText + 1);
        var lowerBuffer = ArrayPool<char>.Shared.Rent(FieldLimits.SearchText + 1);
        try
        {
            var joined = new SpanJoiner(joinedBuffer.AsSpan(0, FieldLimits.SearchText + 1));
            joined.Add(name);
            joined.Add(company);
            foreach (var email in normalizedEmails)
            {
                joined.Add(email);
            }

            var lower = lowerBuffer.AsSpan(0, joined.Text.Length);
            joined.Text.ToLowerInvariant(lower);
            return new string(lower[..Math.Min(lower.Length, FieldLimits.SearchText)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joinedBuffer);
            ArrayPool<char>.Shared.Return(lowerBuffer);
        }
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
