using System.Globalization;

namespace NetworkingCoach.Importing;

/// <summary>vCard 2.1, 3.0 and 4.0 files (.vcf), read card by card.</summary>
public static class VCardFormat
{
    /// <summary>Extension properties that carry the fields vCard has no standard place for.</summary>
    public const string HowWeMetProperty = "X-NETWORKINGCOACH-HOW-WE-MET";
    public const string KnownSinceProperty = "X-NETWORKINGCOACH-KNOWN-SINCE";
    public const string ClosenessProperty = "X-NETWORKINGCOACH-CLOSENESS";

    private static readonly HashSet<string> s_noLabelTypes = ["internet", "pref", "x400", "voice", "msg", "text", "quoted-printable", "uri"];

    /// <summary>Reads every card; text outside BEGIN:VCARD/END:VCARD is ignored.</summary>
    public static IEnumerable<ImportedRow> Read(TextReader reader)
    {
        var sawCard = false;
        int? start = null;
        var lines = new List<string>();
        foreach (var (lineNumber, line) in UnfoldedLines(reader))
        {
            if (line.Trim().Equals("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (start is { } open)
                {
                    yield return ToRow(open, lines, "The card is not closed with END:VCARD.");
                }

                sawCard = true;
                start = lineNumber;
                lines = [line];
            }
            else if (start is { } open && line.Trim().Equals("END:VCARD", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(line);
                yield return ToRow(open, lines, null);
                start = null;
            }
            else if (start is not null)
            {
                lines.Add(line);
            }
        }

        if (start is { } unclosed)
        {
            yield return ToRow(unclosed, lines, "The card is not closed with END:VCARD.");
        }

        if (!sawCard)
        {
            throw new ImportException(ImportErrorKind.UnknownFormat, "No vCard (BEGIN:VCARD) was found in the file.");
        }
    }

    /// <summary>
    /// Joins folded lines (a line break followed by a space or tab) and vCard 2.1 quoted-printable soft
    /// line breaks (a value line ending in "="), giving each logical line with the number of its first physical line.
    /// </summary>
    internal static IEnumerable<(int LineNumber, string Line)> UnfoldedLines(TextReader reader)
    {
        string? pending = null;
        var pendingLine = 0;
        var pendingIsQuotedPrintable = false;
        var lineNumber = 0;
        string? physical;
        while ((physical = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (pending is not null && physical.Length > 0 && physical[0] is ' ' or '\t')
            {
                pending += physical[1..];
                continue;
            }

            if (pending is not null && pendingIsQuotedPrintable && pending.EndsWith('='))
            {
                pending = pending[..^1] + physical;
                continue;
            }

            if (pending is not null)
            {
                yield return (pendingLine, pending);
            }

            pending = physical.Length == 0 ? null : physical;
            pendingLine = lineNumber;
            var colon = physical.IndexOf(':');
            pendingIsQuotedPrintable = colon > 0 && physical[..colon].Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
        }

        if (pending is not null)
        {
            yield return (pendingLine, pending);
        }
    }

    private static ImportedRow ToRow(int lineNumber, List<string> lines, string? problem)
    {
        var problems = new List<string>();
        if (problem is not null)
        {
            problems.Add(problem);
        }

        var properties = lines.Select(VCardProperty.Parse).OfType<VCardProperty>().ToList();
        var groupLabels = properties
            .Where(p => p.Name == "X-ABLABEL" && p.Group.Length > 0)
            .GroupBy(p => p.Group, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => AppleLabel(g.First().Text()), StringComparer.OrdinalIgnoreCase);

        string? fullName = null, structuredName = null, company = null, title = null, location = null, linkedIn = null, howWeMet = null, birthday = null;
        DateOnly? knownSince = null;
        int? closeness = null;
        var emails = new List<(LabeledValue Value, bool Preferred)>();
        var phones = new List<(LabeledValue Value, bool Preferred)>();
        var notes = new List<string>();
        var tags = new List<string>();
        foreach (var property in properties)
        {
            switch (property.Name)
            {
                case "FN":
                    fullName ??= ImportText.Clean(property.Text());
                    break;
                case "N":
                    var n = property.Components();
                    structuredName ??= ImportText.Clean(ImportText.JoinName(At(n, 1), At(n, 2), At(n, 0)));
                    break;
                case "EMAIL":
                    if (ImportText.Clean(StripScheme(property.Text(), "mailto:")) is { } email)
                    {
                        emails.Add((new LabeledValue(email, LabelOf(property, groupLabels)), property.IsPreferred));
                    }

                    break;
                case "TEL":
                    if (ImportText.Clean(StripScheme(property.Text(), "tel:")) is { } phone)
                    {
                        phones.Add((new LabeledValue(phone, LabelOf(property, groupLabels)), property.IsPreferred));
                    }

                    break;
                case "ORG":
                    company ??= ImportText.Clean(At(property.Components(), 0));
                    break;
                case "TITLE":
                    title ??= ImportText.Clean(property.Text());
                    break;
                case "ADR":
                    var address = property.Components();
                    location ??= ImportText.Clean(At(address, 3)) ?? ImportText.Clean(At(address, 4)) ?? ImportText.Clean(At(address, 6));
                    break;
                case "URL":
                case "X-SOCIALPROFILE":
                    var url = ImportText.Clean(property.Text());
                    if (linkedIn is null && ImportText.IsLinkedIn(url))
                    {
                        linkedIn = url;
                    }

                    break;
                case "NOTE":
                    if (ImportText.Clean(property.Text()) is { } note)
                    {
                        notes.Add(note);
                    }

                    break;
                case "BDAY":
                    birthday ??= ImportText.Clean(property.Text());
                    break;
                case "CATEGORIES":
                    tags.AddRange(property.Components(',').Select(ImportText.Clean).OfType<string>());
                    break;
                case HowWeMetProperty:
                    howWeMet ??= ImportText.Clean(property.Text());
                    break;
                case KnownSinceProperty:
                    var since = property.Text();
                    if (DateOnly.TryParseExact(since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        knownSince = date;
                    }
                    else
                    {
                        problems.Add($"Known since \"{since}\" is not a date.");
                    }

                    break;
                case ClosenessProperty:
                    if (int.TryParse(property.Text().Trim(), out var level) && level is >= 1 and <= 5)
                    {
                        closeness = level;
                    }
                    else
                    {
                        problems.Add($"Closeness \"{property.Text()}\" is not a number from 1 to 5.");
                    }

                    break;
            }
        }

        var name = fullName ?? structuredName ?? "";
        if (name.Length == 0)
        {
            problems.Add("No name.");
        }

        var (notesText, birthdayDate) = ImportText.WithBirthday(notes.Count == 0 ? null : string.Join("\n", notes), birthday);
        return new ImportedRow
        {
            LineNumber = lineNumber,
            Source = ImportFormatKind.VCard,
            Name = name,
            Emails = PreferredFirst(emails),
            Phones = PreferredFirst(phones),
            Company = company,
            Title = title,
            Location = location,
            LinkedInUrl = linkedIn,
            HowWeMet = howWeMet,
            KnownSince = knownSince,
            Closeness = closeness,
            Notes = notesText,
            Birthday = birthdayDate,
            Tags = tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Problems = problems,
            RawFields = [.. lines],
        };
    }

    /// <summary>The display label for a vCard TYPE value ("cell" is "Mobile"); the inverse of VCardWriter's mapping.</summary>
    public static string? LabelForType(string type) => type.ToLowerInvariant() switch
    {
        "" => null,
        "cell" or "mobile" => "Mobile",
        "work" => "Work",
        "home" => "Home",
        "fax" => "Fax",
        "pager" => "Pager",
        "video" => "Video",
        "main" => "Main",
        var other => char.ToUpperInvariant(other[0]) + other[1..],
    };

    private static string? LabelOf(VCardProperty property, Dictionary<string, string?> groupLabels)
    {
        if (property.Group.Length > 0 && groupLabels.TryGetValue(property.Group, out var label) && label is not null)
        {
            return label;
        }

        return property.Types.Where(t => !s_noLabelTypes.Contains(t)).Select(LabelForType).FirstOrDefault();
    }

    // Apple writes its built-in labels as _$!<Mobile>!$_.
    private static string? AppleLabel(string label)
    {
        var text = label.Trim();
        if (text.StartsWith("_$!<", StringComparison.Ordinal) && text.EndsWith(">!$_", StringComparison.Ordinal))
        {
            text = text[4..^4];
        }

        return ImportText.Clean(text);
    }

    private static List<LabeledValue> PreferredFirst(List<(LabeledValue Value, bool Preferred)> values) =>
        values.Where(v => v.Preferred).Concat(values.Where(v => !v.Preferred)).Select(v => v.Value).ToList();

    private static string StripScheme(string value, string scheme) =>
        value.TrimStart().StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? value.TrimStart()[scheme.Length..] : value;

    private static string? At(IReadOnlyList<string> parts, int index) => index < parts.Count ? parts[index] : null;
}
