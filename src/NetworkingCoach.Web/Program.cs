using NetworkingCoach.Web.Components;
using NetworkingCoach.Web.Hosting;
using NetworkingCoach.Web.Hosting.Security;

var builder = WebApplication.CreateBuilder(args);

// Static assets from packages (MudBlazor) must resolve when the app runs from its build folder in any environment.
builder.WebHost.UseStaticWebAssets();
var location = DataLocationResolver.Resolve(builder.Configuration);
if (DataFolderCheck.Problem(location) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 1;
}

builder.AddNetworkingCoachLogging(location);
builder.Services.AddNetworkingCoach(location, NetworkExposure.FromConfiguration(builder.Configuration));

var app = builder.Build();

await app.MigrateDatabaseAsync();
await app.PrepareAccountsAsync();
app.UseNetworkingCoachPipeline();
app.MapStaticAssets().AllowAnonymous();
app.MapNetworkingCoachEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>The web app's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
