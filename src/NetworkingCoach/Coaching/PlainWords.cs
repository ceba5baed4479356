using System.Globalization;

namespace NetworkingCoach.Coaching;

/// <summary>Durations, counts and names in the plain words the coach's reasons use.</summary>
public static class PlainWords
{
    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
    };

    /// <summary>"today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "6 years ago".</summary>
    public static string Ago(int days) => days switch
    {
        <= 0 => "today",
        1 => "yesterday",
        < 14 => $"{days} days ago",
        < 60 => $"{days / 7} weeks ago",
        < 730 => Plural(days / 30, "month") + " ago",
        _ => Plural(days / 365, "year") + " ago",
    };

    /// <summary>"1 email", "3 emails".</summary>
    public static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";

    /// <summary>"5 days", "3 weeks", "4 months", "6 years": a length of time, rounded down.</summary>
    public static string Duration(int days) => days switch
    {
        < 14 => Plural(Math.Max(0, days), "day"),
        < 60 => Plural(days / 7, "week"),
        < 730 => Plural(days / 30, "month"),
        _ => Plural(days / 365, "year"),
    };

    /// <summary>"one conversation", "three conversations", "12 conversations": small counts in words.</summary>
    public static string Count(int count, string noun)
    {
        string[] words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        var number = count >= 0 && count < words.Length ? words[count] : count.ToString(CultureInfo.InvariantCulture);
        return count == 1 ? $"{number} {noun}" : $"{number} {noun}s";
    }

    /// <summary>"once", "twice", "5 times".</summary>
    public static string Times(int count) => count switch
    {
        1 => "once",
        2 => "twice",
        _ => $"{count} times",
    };

    /// <summary>The first word of a name, skipping titles such as "Dr." so greetings read naturally.</summary>
    public static string FirstName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "there";
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var word in words)
        {
            if (!s_titles.Contains(word.TrimEnd('.')))
            {
                return word.TrimEnd(',');
            }
        }

        return words[^1];
    }

    /// <summary>"1st", "2nd", "3rd", "4th", "11th".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A date as "12 March 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
