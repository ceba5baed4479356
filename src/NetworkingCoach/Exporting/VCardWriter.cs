using System.Globalization;
using System.Text;
using NetworkingCoach.Domain;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Exporting;

/// <summary>Writes contacts as vCard 4.0 (RFC 6350): CRLF lines folded at 75 octets, text escaped.</summary>
public sealed class VCardWriter(TextWriter writer)
{
    private const int MaxLineOctets = 75;

    private static readonly Dictionary<string, string> s_typeByLabel = new(StringComparer.Ordinal)
    {
        ["Work"] = "work",
        ["Home"] = "home",
        ["Mobile"] = "cell",
        ["Fax"] = "fax",
        ["Pager"] = "pager",
        ["Video"] = "video",
    };

    /// <summary>Writes UTF-8 without a byte order mark, as RFC 6350 asks.</summary>
    public static void WriteAll(Stream stream, IEnumerable<ExportedContact> contacts)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        var writer = new VCardWriter(text);
        foreach (var contact in contacts)
        {
            writer.Write(contact);
        }
    }

    public void Write(ExportedContact contact)
    {
        var group = 0;
        Line("BEGIN:VCARD");
        Line("VERSION:4.0");
        Line("FN:" + Escape(contact.Name));
        foreach (var email in contact.Emails)
        {
            Labelled("EMAIL", email, ref group);
        }

        foreach (var phone in contact.Phones)
        {
            Labelled("TEL", phone, ref group);
        }

        Optional("ORG", contact.Company);
        Optional("TITLE", contact.Title);
        if (!string.IsNullOrEmpty(contact.Location))
        {
            Line("ADR:;;;" + Escape(contact.Location) + ";;;");
        }

        if (!string.IsNullOrEmpty(contact.LinkedInUrl))
        {
            Line("URL:" + contact.LinkedInUrl);
        }

        if (contact.Tags.Count > 0)
        {
            Line("CATEGORIES:" + string.Join(",", contact.Tags.Select(Escape)));
        }

        if (contact.Birthday is { } birthday)
        {
            // vCard 4 writes dates in the basic form, and a birthday without a year as --MMDD.
            Line("BDAY:" + birthday.ToString(Birthday.HasYear(birthday) ? "yyyyMMdd" : "--MMdd", CultureInfo.InvariantCulture));
        }

        Optional("NOTE", contact.Notes);
        Optional(VCardFormat.HowWeMetProperty, contact.HowWeMet);
        Optional(VCardFormat.KnownSinceProperty, contact.KnownSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(VCardFormat.ClosenessProperty, contact.Closeness?.ToString(CultureInfo.InvariantCulture));
        Line("END:VCARD");
    }

    /// <summary>Escapes backslash, comma, semicolon and line breaks (as \n) in a text value.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(",", "\\,").Replace(";", "\\;").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Splits a content line into lines of at most 75 octets of UTF-8, never inside a character.</summary>
    public static IEnumerable<string> Fold(string line)
    {
        var current = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                yield return current.ToString();
                current.Clear().Append(' ');
                octets = 1;
            }

            current.Append(rune.ToString());
            octets += size;
        }

        yield return current.ToString();
    }

    // Labels vCard has a TYPE for are written as TYPE; any other label uses the item group and
    // X-ABLabel convention of Apple and Google, which VCardFormat reads back.
    private void Labelled(string property, LabeledValue value, ref int group)
    {
        if (value.Label is null)
        {
            Line($"{property}:{Escape(value.Value)}");
        }
        else if (s_typeByLabel.TryGetValue(value.Label, out var type))
        {
            Line($"{property};TYPE={type}:{Escape(value.Value)}");
        }
        else
        {
            group++;
            Line($"item{group}.{property}:{Escape(value.Value)}");
            Line($"item{group}.X-ABLabel:{Escape(value.Label)}");
        }
    }

    private void Optional(string property, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Line(property + ":" + Escape(value));
        }
    }

    private void Line(string line)
    {
        foreach (var part in Fold(line))
        {
            writer.Write(part);
            writer.Write("\r\n");
        }
    }
}
