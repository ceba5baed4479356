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
    private readonly Dictionary<long, List<Entry>> _bySpelling = [];

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
        foreach (var spelling in SpellingHashes(keys))
        {
            AddTo(_bySpelling, spelling, entry);
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

        foreach (var spelling in SpellingHashes(keys))
        {
            if (_bySpelling.TryGetValue(spelling, out var close))
            {
                foreach (var entry in close)
                {
                    yield return entry;
                }
            }
        }
    }

    // Hashes of the name with each letter left out (and whole), with the company: no strings are built, and a
    // collision only adds a candidate that Compare then turns down.
    private static List<long> SpellingHashes(PersonKeys keys)
    {
        var name = keys.Name;
        var hashes = new List<long>(name.Length + 1);
        if (name.Length < SamePersonMatcher.CloseSpellingMinLength - 1)
        {
            return hashes;
        }

        var company = Fnv(keys.Company, -1, unchecked((long)14695981039346656037UL));
        hashes.Add(Fnv(name, -1, company));
        for (var skip = 0; skip < name.Length; skip++)
        {
            hashes.Add(Fnv(name, skip, company));
        }

        return hashes;
    }

    private static long Fnv(string text, int skip, long seed)
    {
        var hash = seed;
        for (var i = 0; i < text.Length; i++)
        {
            if (i != skip)
            {
                hash = unchecked((hash ^ text[i]) * 1099511628211L);
            }
        }

        return unchecked((hash ^ '|') * 1099511628211L);
    }

    private static void AddTo<TKey>(Dictionary<TKey, List<Entry>> index, TKey key, Entry entry) where TKey : notnull
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
