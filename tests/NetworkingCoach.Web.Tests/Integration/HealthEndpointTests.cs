using System.Net;
using System.Text.Json;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.Integration;

public class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_reports_the_database_it_uses()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Contains(factory.DatabasePath, body.RootElement.GetProperty("checks")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_damaged_database_file_is_reported_on_every_page_and_in_healthz_and_left_untouched()
    {
        using var factory = new AppFactory();
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        await File.WriteAllBytesAsync(factory.DatabasePath, junk);
        using var client = factory.CreateClient();

        var health = await client.GetAsync("/healthz");
        var page = await client.GetStringAsync("/contacts");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("not a NetworkingCoach database", await health.Content.ReadAsStringAsync());
        Assert.Contains("Your database cannot be opened", page);
        Assert.Equal(junk, await File.ReadAllBytesAsync(factory.DatabasePath));
    }
}
