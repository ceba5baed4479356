using System.Net;
using System.Text.Json;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.Integration;

public class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_says_healthy_and_gives_away_no_paths_or_counts()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain(factory.DataDirectory, text);
        Assert.DoesNotContain("contacts", text, StringComparison.OrdinalIgnoreCase);
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
        var healthText = await health.Content.ReadAsStringAsync();
        Assert.Equal("unavailable", JsonDocument.Parse(healthText).RootElement.GetProperty("reason").GetString());
        Assert.DoesNotContain(factory.DatabasePath, healthText);
        Assert.Contains("Your database cannot be opened", page);
        Assert.Equal(junk, await File.ReadAllBytesAsync(factory.DatabasePath));
    }
}
