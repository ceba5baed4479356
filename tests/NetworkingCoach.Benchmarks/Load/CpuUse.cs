namespace NetworkingCoach.Benchmarks.Load;

/// <summary>
/// CPU seconds consumed so far by the web server and by the browser (Chromium's processes and the Playwright
/// driver), read from /proc: on a machine others are using, CPU time says what a part costs where wall-clock time
/// mostly says how busy the machine was.
/// </summary>
internal readonly record struct CpuUse(double ServerSeconds, double ChromiumSeconds, double DriverSeconds)
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public double BrowserSeconds => ChromiumSeconds + DriverSeconds;

    public static CpuUse operator -(CpuUse later, CpuUse earlier) =>
        new(later.ServerSeconds - earlier.ServerSeconds, later.ChromiumSeconds - earlier.ChromiumSeconds, later.DriverSeconds - earlier.DriverSeconds);

    /// <summary>
    /// Now, for the server process (with any children) and for every other process started under this one.
    /// A process's own time plus that of its children that have ended, summed over the live tree, counts each
    /// CPU second once, including those of browser processes that came and went.
    /// </summary>
    public static CpuUse Now(int serverProcessId)
    {
        if (!Directory.Exists("/proc"))
        {
            return default;
        }

        var processes = ReadAll();
        var serverTree = Tree(serverProcessId, processes);
        var server = serverTree.Sum(p => p.Ticks);
        var others = Tree(Environment.ProcessId, processes).Where(p => p.Id != Environment.ProcessId).Except(serverTree).ToList();
        var driver = others.Where(p => p.Name == "node").Sum(p => p.Ticks);
        var chromium = others.Where(p => p.Name != "node" && !p.Name.StartsWith("NetworkingCoach", StringComparison.Ordinal)).Sum(p => p.Ticks);
        return new CpuUse(server / TicksPerSecond, chromium / TicksPerSecond, driver / TicksPerSecond);
    }

    private static List<ProcessTicks> Tree(int root, Dictionary<int, ProcessTicks> processes)
    {
        var children = processes.Values.ToLookup(p => p.ParentId);
        var tree = new List<ProcessTicks>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var id))
        {
            if (processes.TryGetValue(id, out var process))
            {
                tree.Add(process);
            }

            foreach (var child in children[id])
            {
                pending.Push(child.Id);
            }
        }

        return tree;
    }

    private static Dictionary<int, ProcessTicks> ReadAll()
    {
        var processes = new Dictionary<int, ProcessTicks>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id))
            {
                continue;
            }

            try
            {
                // pid (comm) state ppid ... utime stime cutime cstime are fields 14-17; comm may hold spaces.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                var ticks = long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
                processes[id] = new ProcessTicks(id, int.Parse(fields[1]), name, ticks);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended while being read.
            }
        }

        return processes;
    }

    private sealed record ProcessTicks(int Id, int ParentId, string Name, long Ticks);
}
