using System.Runtime.InteropServices;

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
    // A slot holds one Entry, or a List<Entry> once a second person shares the key: most keys have one owner,
    // and a list per key (about 17 per person) cost more than the matching itself on 60,000 people.
    private readonly Dictionary<string, object> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<long, object> _bySpelling = [];
    // Close spellings count only within one company, so a company's people get their ~17 spelling keys each only
    // once someone of that company is looked up: loading 30,000 stored people no longer pays for every one of them.
    private readonly HashSet<string> _spelledCompanies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _unspelled = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes room for this many more people, and this many more close-spelling keys (<see cref="SpellingKeys"/>), at
    /// once rather than growing step by step: each step of a table of hundreds of thousands of keys copies it into a
    /// new one twice its size, on the large object heap.
    /// </summary>
    public void EnsureCapacity(int morePeople, int moreSpellings = 0)
    {
        _byName.EnsureCapacity(_byName.Count + morePeople);
        _byLinkedIn.EnsureCapacity(_byLinkedIn.Count + morePeople);
        if (moreSpellings > 0)
        {
            _bySpelling.EnsureCapacity(_bySpelling.Count + moreSpellings);
        }
    }

    /// <summary>How many close-spelling keys a person with these keys adds once their company is looked up.</summary>
    public static int SpellingKeys(PersonKeys keys) => keys.Name.Length < SamePersonMatcher.CloseSpellingMinLength ? 0 : keys.Name.Length + 1;

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
        if (keys.Name.Length < SamePersonMatcher.CloseSpellingMinLength)
        {
            return;
        }

        if (_spelledCompanies.Contains(keys.Company))
        {
            AddSpellings(entry);
        }
        else
        {
            ref var waiting = ref CollectionsMarshal.GetValueRefOrAddDefault(_unspelled, keys.Company, out _);
            (waiting ??= []).Add(entry);
        }
    }

    /// <summary>The best match for the keys: a certain one if any, else the first likely one; null when none.</summary>
    /// <remarks>
    /// The candidates of <see cref="FindAll"/> in the same order, judged as they come, with no enumerators or lists: an
    /// import asks this once a row. The first certain one ends the search, before close spellings are looked at.
    /// </remarks>
    public (T Target, SamePersonMatch Match)? Find(PersonKeys keys, Func<T, bool>? exclude = null)
    {
        var search = new Search(keys, exclude);
        foreach (var email in keys.Emails)
        {
            if (_byEmail.TryGetValue(email, out var entry) && search.IsSame(entry))
            {
                return search.Best;
            }
        }

        foreach (var phone in keys.Phones)
        {
            if (_byPhone.TryGetValue(phone, out var entry) && search.IsSame(entry))
            {
                return search.Best;
            }
        }

        if (keys.LinkedIn is { } profile && _byLinkedIn.TryGetValue(profile, out var byProfile) && search.IsSame(byProfile))
        {
            return search.Best;
        }

        if (keys.Name.Length == 0)
        {
            return search.Best;
        }

        if (_byName.TryGetValue(keys.Name, out var namesakes))
        {
            // Same name and company before same name elsewhere, as FindAll orders them.
            if (search.AnySame(namesakes, sameCompany: true) || search.AnySame(namesakes, sameCompany: false))
            {
                return search.Best;
            }
        }

        Span<long> spellings = keys.Name.Length < 256 ? stackalloc long[keys.Name.Length + 1] : new long[keys.Name.Length + 1];
        var count = SpellingHashes(keys, spellings);
        SpellCompany(keys, count);
        foreach (var spelling in spellings[..count])
        {
            if (_bySpelling.TryGetValue(spelling, out var close) && search.AnySame(close, sameCompany: null))
            {
                return search.Best;
            }
        }

        return search.Best;
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
            foreach (var entry in Entries(namesakes).OrderBy(e => e.Keys.Company == keys.Company ? 0 : 1))
            {
                yield return entry;
            }
        }

        var spellings = new long[keys.Name.Length + 1];
        var count = SpellingHashes(keys, spellings);
        SpellCompany(keys, count);
        for (var i = 0; i < count; i++)
        {
            if (_bySpelling.TryGetValue(spellings[i], out var close))
            {
                foreach (var entry in Entries(close))
                {
                    yield return entry;
                }
            }
        }
    }

    // The first look-up with a spelled name at a company gives that company's people their spelling keys.
    private void SpellCompany(PersonKeys keys, int spellings)
    {
        if (spellings > 0 && _spelledCompanies.Add(keys.Company) && _unspelled.Remove(keys.Company, out var waiting))
        {
            foreach (var entry in waiting)
            {
                AddSpellings(entry);
            }
        }
    }

    private void AddSpellings(Entry entry)
    {
        var name = entry.Keys.Name;
        Span<long> buffer = name.Length < 256 ? stackalloc long[name.Length + 1] : new long[name.Length + 1];
        foreach (var spelling in buffer[..SpellingHashes(entry.Keys, buffer)])
        {
            AddTo(_bySpelling, spelling, entry);
        }
    }

    private static IReadOnlyList<Entry> Entries(object slot) => slot as List<Entry> ?? [(Entry)slot];

    // Hashes of the name whole and with each letter left out, with the company, written into `hashes`; returns how
    // many. Polynomial hashes of the prefix and suffix around the letter give each in one step, so no strings are
    // built and a name of n letters costs n steps, not n squared. A collision only adds a candidate Compare turns down.
    private static int SpellingHashes(PersonKeys keys, Span<long> hashes)
    {
        const long factor = 1_000_003;
        var name = keys.Name;
        var count = SpellingKeys(keys);
        if (count == 0)
        {
            return 0;
        }

        Span<long> prefixes = name.Length < 256 ? stackalloc long[name.Length + 1] : new long[name.Length + 1];
        unchecked
        {
            for (var i = 0; i < name.Length; i++)
            {
                prefixes[i + 1] = (prefixes[i] * factor) + name[i];
            }

            var company = string.GetHashCode(keys.Company, StringComparison.Ordinal) * 0x100000001B3L;
            hashes[0] = Mix(prefixes[name.Length] ^ company);
            long suffix = 0, power = 1;
            for (var skip = name.Length - 1; skip >= 0; skip--)
            {
                hashes[skip + 1] = Mix(((prefixes[skip] * power) + suffix) ^ company);
                suffix += name[skip] * power;
                power *= factor;
            }
        }

        return count;
    }

    // Spreads the bits, so the dictionary's buckets are used evenly.
    private static long Mix(long hash)
    {
        var bits = (ulong)hash;
        bits ^= bits >> 31;
        bits = unchecked(bits * 0x9E3779B97F4A7C15UL);
        return (long)(bits ^ (bits >> 29));
    }

    private static void AddTo<TKey>(Dictionary<TKey, object> index, TKey key, Entry entry) where TKey : notnull
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
        if (!exists)
        {
            slot = entry;
        }
        else if (slot is Entry single)
        {
            if (!EqualityComparer<T>.Default.Equals(single.Target, entry.Target))
            {
                slot = new List<Entry>(2) { single, entry };
            }
        }
        else if (slot is List<Entry> list && !EqualityComparer<T>.Default.Equals(list[^1].Target, entry.Target))
        {
            list.Add(entry);
        }
    }

    private sealed record Entry(T Target, PersonKeys Keys);

    // Judges candidates one by one for Find: remembers the first likely match, stops at a certain one.
    private struct Search(PersonKeys keys, Func<T, bool>? exclude)
    {
        public (T Target, SamePersonMatch Match)? Best { get; private set; }

        public bool IsSame(Entry entry)
        {
            if (exclude?.Invoke(entry.Target) ?? false)
            {
                return false;
            }

            if (SamePersonMatcher.Compare(keys, entry.Keys) is not { } match)
            {
                return false;
            }

            if (match.IsSame)
            {
                Best = (entry.Target, match);
                return true;
            }

            Best ??= (entry.Target, match);
            return false;
        }

        // Every entry in a slot, or only those at the keys' company (true) or elsewhere (false).
        public bool AnySame(object slot, bool? sameCompany)
        {
            if (slot is Entry single)
            {
                return Fits(single, sameCompany) && IsSame(single);
            }

            foreach (var entry in (List<Entry>)slot)
            {
                if (Fits(entry, sameCompany) && IsSame(entry))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool Fits(Entry entry, bool? sameCompany) => sameCompany is not { } same || (entry.Keys.Company == keys.Company) == same;
    }
}
