using System.Globalization;
using System.Text;

namespace NetworkingCoach.Domain;

/// <summary>Canonical forms of emails, LinkedIn URLs and names, so the same person is recognised twice.</summary>
public static class ContactKeys
{
    // Characters that show as nothing yet make two spellings differ: zero-width spaces and joiners, word joiner, BOM.
    private const string Invisible = "\u200B\u200C\u200D\u2060\uFEFF";

    /// <summary>Trims, removes zero-width characters and lower-cases an email address.</summary>
    /// <remarks>Written over spans, as the other keys here: importing a large file computes them for every row.</remarks>
    public static string NormalizeEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return "";
        }

        var trimmed = email.AsSpan().Trim();
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var length = 0;
        foreach (var c in trimmed)
        {
            if (!IsInvisible(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return Unchanged(email, buffer[..length].Trim());
    }

    /// <summary>
    /// Reduces a LinkedIn profile URL to "linkedin.com/slug-path": no scheme, no "www.", no query or
    /// fragment, no trailing slash, slug lower-cased. Returns null when it is not a profile URL.
    /// </summary>
    public static string? CanonicalLinkedInUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.AsSpan().Trim();
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length * 2] : new char[trimmed.Length * 2];
        var length = 0;
        foreach (var c in trimmed)
        {
            if (!IsInvisible(c))
            {
                buffer[length++] = c;
            }
        }

        ReadOnlySpan<char> text = buffer[..length];
        var cut = text.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            text = text[..cut];
        }

        text = text.TrimEnd('/');
        // Lower-cased into the second half of the buffer: the source and destination may not overlap.
        var lowered = buffer.Slice(trimmed.Length, text.Length);
        text.ToLowerInvariant(lowered);
        ReadOnlySpan<char> lower = lowered;
        foreach (var prefix in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower[prefix.Length..];
            }
        }

        var slash = lower.IndexOf('/');
        if (slash < 0)
        {
            return null;
        }

        var host = lower[..slash];
        if (!(host.SequenceEqual("linkedin.com") || host.EndsWith(".linkedin.com", StringComparison.Ordinal)))
        {
            return null;
        }

        var path = lower[(slash + 1)..];
        if (path.Contains('%'))
        {
            var unescaped = Uri.UnescapeDataString(path);
            return unescaped.Length == 0 ? null : "linkedin.com/" + unescaped;
        }

        return path.Length == 0 ? null : string.Concat("linkedin.com/", path);
    }

    /// <summary>Normalises a name for likely-duplicate matching: NFC, folded apostrophes, single spaces, lower case.</summary>
    public static string NormalizeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = RemoveInvisible(name).Normalize(NormalizationForm.FormC);
        var trimmed = text.AsSpan().Trim();
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var length = 0;
        var lastWasSpace = false;
        foreach (var c in trimmed)
        {
            var folded = c is '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC' ? '\'' : c;
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    buffer[length++] = ' ';
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            buffer[length++] = char.ToLower(folded, CultureInfo.InvariantCulture);
        }

        return Unchanged(text, buffer[..length]);
    }

    private static string RemoveInvisible(string text) =>
        text.AsSpan().IndexOfAny(Invisible) < 0 ? text : string.Concat(text.Split(Invisible.ToCharArray()));

    private static bool IsInvisible(char c) => Invisible.Contains(c);

    // The original string when the key is the same text (most stored keys are), else a new one.
    private static string Unchanged(string original, ReadOnlySpan<char> key) => key.SequenceEqual(original) ? original : new string(key);
}
