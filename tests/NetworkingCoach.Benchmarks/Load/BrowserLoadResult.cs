namespace NetworkingCoach.Benchmarks.Load;

/// <summary>What a browser load measured: times per interaction, the CPU the server and the browser spent, in all and (everyone at once) per step.</summary>
internal sealed record BrowserLoadResult(
    LatencyLog Log,
    int Sessions,
    CpuUse Cpu,
    TimeSpan Elapsed,
    IReadOnlyList<(string Step, int Sessions, CpuUse Cpu, TimeSpan Elapsed)> Steps)
{
    public void Print(TextWriter output, double aimMilliseconds)
    {
        Log.Print(output, aimMilliseconds);
        output.WriteLine($"CPU in all: server {Cpu.ServerSeconds:0.0} s, Chromium {Cpu.ChromiumSeconds:0.0} s, Playwright driver {Cpu.DriverSeconds:0.0} s over {Elapsed.TotalSeconds:0.0} s; "
            + $"per session: server {Cpu.ServerSeconds / Sessions:0.00} s, browser {Cpu.BrowserSeconds / Sessions:0.00} s");
        if (Steps.Count == 0)
        {
            return;
        }

        output.WriteLine("| step (everyone together) | sessions | wall s | server CPU s per session | Chromium CPU s per session | driver CPU s per session |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (step, sessions, cpu, elapsed) in Steps)
        {
            var n = Math.Max(1, sessions);
            output.WriteLine($"| {step} | {sessions} | {elapsed.TotalSeconds:0.0} | {cpu.ServerSeconds / n:0.000} | {cpu.ChromiumSeconds / n:0.000} | {cpu.DriverSeconds / n:0.000} |");
        }
    }
}
