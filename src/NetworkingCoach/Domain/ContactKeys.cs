using System.Globalization;
using System.Text;

namespace NetworkingCoach.Domain;

/// <summary>Canonical forms of emails, LinkedIn URLs and names, so the same person is recognised twice.</summary>
public static class ContactKeys
{
    /// <summary>Trims, removes zero-width characters and lower-cases an email address.</summary>
    public static string NormalizeEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return "";
        }

        var builder = new StringBuilder(email.Length);
        foreach (var c in email.Trim())
        {
            if (!IsInvisible(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Reduces a LinkedIn profile URL to "linkedin.com/in/slug": no scheme, no "www.", no query or
    /// fragment, no trailing slash, slug lower-cased. Returns null when it is not a profile URL.
    /// </summary>
    public static string? CanonicalLinkedInUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = RemoveInvisible(url.Trim());
        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            text = text[..cut];
        }

        text = text.TrimEnd('/');
        var lower = text.ToLowerInvariant();
        foreach (var prefix in new[] { "https://", "http://" })
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
        if (!(host == "linkedin.com" || host.EndsWith(".linkedin.com", StringComparison.Ordinal)))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(lower[(slash + 1)..]);
        return path.Length == 0 ? null : "linkedin.com/" + path;
    }

    /// <summary>Normalises a name for likely-duplicate matching: NFC, folded apostrophes, single spaces, lower case.</summary>
    public static string NormalizeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = RemoveInvisible(name).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text.Trim())
        {
            var folded = c is '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC' ? '\'' : c;
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.ToLower(folded, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string RemoveInvisible(string text)
    {
        return text.Any(IsInvisible) ? new string(text.Where(c => !IsInvisible(c)).ToArray()) : text;
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
