namespace NetworkingCoach.Cli;

/// <summary>Positional arguments and --name value options of one command.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    /// <summary>Parses; names in <paramref name="flags"/> take no value.</summary>
    public static CliArguments Parse(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var result = new CliArguments();
        var queue = new Queue<string>(args);
        while (queue.Count > 0)
        {
            var arg = queue.Dequeue();
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                result.Positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (!flags.Contains(name) && name != "help")
            {
                if (queue.Count == 0)
                {
                    throw new CliUsageException($"--{name} needs a value.");
                }

                value = queue.Dequeue();
            }

            result._options[name] = value;
        }

        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public string Require(string name) =>
        Get(name) is { Length: > 0 } value ? value : throw new CliUsageException($"--{name} is required.");
}
