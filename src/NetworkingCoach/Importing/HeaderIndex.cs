namespace NetworkingCoach.Importing;

/// <summary>Finds columns by name, ignoring case and surrounding spaces; the first of duplicate names wins.</summary>
internal sealed class HeaderIndex
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public HeaderIndex(IReadOnlyList<string> headers)
    {
        Headers = headers;
        for (var i = 0; i < headers.Count; i++)
        {
            _indexes.TryAdd(headers[i].Trim(), i);
        }
    }

    public IReadOnlyList<string> Headers { get; }

    public bool Has(string name) => _indexes.ContainsKey(name);

    public int? IndexOf(params string[] names)
    {
        foreach (var name in names)
        {
            if (_indexes.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>The trimmed value of the first named column that exists and is not empty.</summary>
    public string? Get(IReadOnlyList<string> fields, params string[] names)
    {
        foreach (var name in names)
        {
            if (_indexes.TryGetValue(name, out var index) && ImportText.Clean(At(fields, index)) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public static string? At(IReadOnlyList<string> fields, int? index) =>
        index is { } i && i < fields.Count ? fields[i] : null;
}
