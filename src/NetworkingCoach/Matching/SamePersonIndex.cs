namespace NetworkingCoach.Matching;

/// <summary>
/// Many people indexed by their keys, so finding who a record matches never scans them all: emails, phones
/// and profiles find their first owner; names (and names with one letter left out, for close spellings) find
/// everyone who has them, and <see cref="SamePersonMatcher.Compare"/> judges each.
/// </summary>
public sealed class SamePersonIndex<T> where T : notnull
{
    private readonly Dictionary<string, Entry> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byLinkedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _bySpelling = new(StringComparer.Ordinal);

    /// <summary>Makes the keys find <paramref name="target"/> from now on (the first owner of an email, phone or profile keeps it).</summary>
    public void Add(PersonKeys keys, T target)
    {
        var entry = new Entry(target, keys);
        foreach (var email in keys.Emails)
        {
            _byEmail.TryAdd(email, entry);
        }

        foreach (var phone in keys.Phones)
        {
            _byPhone.TryAdd(phone, entry);
        }

        if (keys.LinkedIn is { } profile)
        {
            _byLinkedIn.TryAdd(profile, entry);
        }

        if (keys.Name.Length == 0)
        {
            return;
        }

        AddTo(_byName, keys.Name, entry);
        foreach (var spelling in SamePersonMatcher.SpellingKeys(keys.Name))
        {
            AddTo(_bySpelling, spelling + "|" + keys.Company, entry);
        }
    }

    /// <summary>The best match for the keys: a certain one if any, else the first likely one; null when none.</summary>
    public (T Target, SamePersonMatch Match)? Find(PersonKeys keys, Func<T, bool>? exclude = null)
    {
        (T, SamePersonMatch)? likely = null;
        foreach (var (target, match) in FindAll(keys, exclude))
        {
            if (match.IsSame)
            {
                return (target, match);
            }

            likely ??= (target, match);
        }

        return likely;
    }

    /// <summary>Everyone the keys match, each once with its strongest verdict, certain matches first.</summary>
    public IEnumerable<(T Target, SamePersonMatch Match)> FindAll(PersonKeys keys, Func<T, bool>? exclude = null)
    {
        var seen = new List<T>();
        var likely = new List<(T, SamePersonMatch)>();
        foreach (var entry in Candidates(keys))
        {
            if (seen.Any(s => EqualityComparer<T>.Default.Equals(s, entry.Target)) || (exclude?.Invoke(entry.Target) ?? false))
            {
                continue;
            }

            if (SamePersonMatcher.Compare(keys, entry.Keys) is not { } match)
            {
                continue;
            }

            seen.Add(entry.Target);
            if (match.IsSame)
            {
                yield return (entry.Target, match);
            }
            else
            {
                likely.Add((entry.Target, match));
            }
        }

        foreach (var pair in likely)
        {
            yield return pair;
        }
    }

    private IEnumerable<Entry> Candidates(PersonKeys keys)
    {
        foreach (var email in keys.Emails)
        {
            if (_byEmail.TryGetValue(email, out var entry))
            {
                yield return entry;
            }
        }

        foreach (var phone in keys.Phones)
        {
            if (_byPhone.TryGetValue(phone, out var entry))
            {
                yield return entry;
            }
        }

        if (keys.LinkedIn is { } profile && _byLinkedIn.TryGetValue(profile, out var byProfile))
        {
            yield return byProfile;
        }

        if (keys.Name.Length == 0)
        {
            yield break;
        }

        if (_byName.TryGetValue(keys.Name, out var namesakes))
        {
            // Same name and company before same name elsewhere, so a certain match is found first.
            foreach (var entry in namesakes.OrderBy(e => e.Keys.Company == keys.Company ? 0 : 1))
            {
                yield return entry;
            }
        }

        foreach (var spelling in SamePersonMatcher.SpellingKeys(keys.Name))
        {
            if (_bySpelling.TryGetValue(spelling + "|" + keys.Company, out var close))
            {
                foreach (var entry in close)
                {
                    yield return entry;
                }
            }
        }
    }

    private static void AddTo(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = [entry];
        }
        else if (!EqualityComparer<T>.Default.Equals(list[^1].Target, entry.Target))
        {
            list.Add(entry);
        }
    }

    private sealed record Entry(T Target, PersonKeys Keys);
}
