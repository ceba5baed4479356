using System.Text;

namespace NetworkingCoach.Importing;

/// <summary>One unfolded vCard content line: [group.]NAME;PARAM=value:value.</summary>
internal sealed record VCardProperty(string Group, string Name, IReadOnlyList<KeyValuePair<string, string>> Parameters, string Value)
{
    public static VCardProperty? Parse(string line)
    {
        var inQuotes = false;
        var colon = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (line[i] == ':' && !inQuotes)
            {
                colon = i;
                break;
            }
        }

        if (colon <= 0)
        {
            return null;
        }

        var head = SplitOutsideQuotes(line[..colon], ';');
        var fullName = head[0].Trim();
        var dot = fullName.LastIndexOf('.');
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var part in head.Skip(1))
        {
            var equals = part.IndexOf('=');
            // vCard 2.1 writes bare parameters such as TEL;CELL;PREF: meaning TYPE=CELL.
            parameters.Add(equals < 0
                ? KeyValuePair.Create("TYPE", part.Trim())
                : KeyValuePair.Create(part[..equals].Trim().ToUpperInvariant(), part[(equals + 1)..].Trim().Trim('"')));
        }

        return new VCardProperty(
            dot < 0 ? "" : fullName[..dot],
            (dot < 0 ? fullName : fullName[(dot + 1)..]).ToUpperInvariant(),
            parameters,
            line[(colon + 1)..]);
    }

    public string? Parameter(string name) =>
        Parameters.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    /// <summary>Every TYPE value, lower-cased, whether written TYPE=a,b, TYPE=a;TYPE=b or bare.</summary>
    public IEnumerable<string> Types =>
        Parameters.Where(p => p.Key == "TYPE")
            .SelectMany(p => p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => t.ToLowerInvariant());

    public bool IsPreferred => Types.Contains("pref") || Parameter("PREF") is not null;

    /// <summary>The value with quoted-printable decoded; still escaped.</summary>
    public string DecodedValue()
    {
        var encoding = Parameter("ENCODING");
        if (encoding is null && !Types.Contains("quoted-printable"))
        {
            return Value;
        }

        if (encoding is not null && !encoding.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        Encoding charset;
        try
        {
            // Touching Windows1252 registers the code pages provider, so CHARSET=windows-1252 and the like resolve.
            charset = Parameter("CHARSET") is { } name && TextSniffer.Windows1252 is not null ? Encoding.GetEncoding(name) : Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            charset = Encoding.UTF8;
        }

        return charset.GetString(DecodeQuotedPrintable(Value));
    }

    /// <summary>The components of a structured value (N, ADR, ORG), split on unescaped ';' and unescaped.</summary>
    public IReadOnlyList<string> Components(char separator = ';') =>
        SplitEscaped(DecodedValue(), separator).Select(Unescape).ToList();

    public string Text() => Unescape(DecodedValue());

    public static string Unescape(string value)
    {
        if (!value.Contains('\\'))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                builder.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    private static List<string> SplitEscaped(string value, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == separator)
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }

        parts.Add(value[start..]);
        return parts;
    }

    private static List<string> SplitOutsideQuotes(string value, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        var inQuotes = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (value[i] == separator && !inQuotes)
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }

        parts.Add(value[start..]);
        return parts;
    }

    private static byte[] DecodeQuotedPrintable(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (value[i] < 0x80)
            {
                bytes.Add((byte)value[i]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }

        return [.. bytes];
    }
}
