using System.Diagnostics;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>The runtime settings of the app the browser tests start (not compiled into the benchmarks, which measure the app as shipped).</summary>
public sealed partial class AppProcess
{
    // A test's app lives for seconds, mostly compiling its pages: without profile-guided tiering and with the
    // workstation collector its start and first pages took about a tenth less processor time; without counting
    // calls to compile busy methods a second time, its first pages took a quarter less (measured).
    static partial void SetRuntimeFor(ProcessStartInfo start)
    {
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TC_CallCounting"] = "0";
        start.Environment["DOTNET_gcServer"] = "0";
        // A failed event dispatch then names its cause in the browser's console, where the journeys read it
        // (see BrowserSession); the app as shipped keeps circuit errors terse.
        start.Environment["ASPNETCORE_DETAILEDERRORS"] = "true";
        // No debugger or tracing endpoints: a test's app is killed at the end, which would leave their pipes in /tmp.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
    }
}
