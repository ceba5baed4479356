using Microsoft.AspNetCore.Components.Server.Circuits;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Logs when interactive sessions (circuits) open, drop and close, so errors in them have context.</summary>
public sealed class CircuitLoggingHandler(ILogger<CircuitLoggingHandler> logger) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        logger.LogInformation("Circuit {CircuitId} opened", circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        logger.LogInformation("Circuit {CircuitId} lost its connection", circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        logger.LogInformation("Circuit {CircuitId} closed", circuit.Id);
        return Task.CompletedTask;
    }
}
