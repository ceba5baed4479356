using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Contacts;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.Integration;

public class PageTests : IClassFixture<PageTests.SeededApp>
{
    private readonly SeededApp _app;

    public PageTests(SeededApp app) => _app = app;

    public static TheoryData<string, string> Pages => new()
    {
        { "/", "Dashboard" },
        { "/week", "This week" },
        { "/week/2026-W47", "{week}" },
        { "/week?week=2026-W01", "{week}" },
        { "/contacts", "Contacts" },
        { "/contacts/new", "New contact" },
        { "/contacts/{id}", "Ana Pereira" },
        { "/contacts/{id}/edit", "Edit Ana Pereira" },
        { "/settings", "Settings" },
        { "/messages", "Messages" },
        { "/messages?contact={id}", "Messages" },
        { "/contacts?tier=dormant&flag=neglected-relationship", "Contacts" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_answers_with_its_heading_and_title(string path, string heading)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path.Replace("{id}", _app.ContactId.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var h1 = document.QuerySelector("h1")?.TextContent.Trim();
        if (heading == "{week}")
        {
            Assert.Contains(h1, new[] { "This week", "Past week", "Coming week" });
        }
        else
        {
            Assert.Equal(heading, h1);
        }

        Assert.EndsWith("· NetworkingCoach", document.Title);
    }

    [Fact]
    public async Task The_home_page_is_the_dashboard()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Dashboard · NetworkingCoach", document.Title);
        Assert.EndsWith("Dashboard", document.QuerySelector(".mud-navmenu a")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_week_with_nothing_due_is_all_clear()
    {
        using var client = _app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/week"));

        Assert.Equal("All clear", document.QuerySelector(".all-clear h2")?.TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll(".week-item"));
        Assert.NotNull(document.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Contains("Print")));
    }

    [Fact]
    public async Task A_week_that_does_not_exist_falls_back_to_this_week_and_says_so()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync("/week/2026-W60");

        Assert.Contains("is not a week", html);
        Assert.Contains("This week", html);
    }

    [Fact]
    public async Task The_calendar_feed_answers_404_to_a_wrong_token_and_a_calendar_to_the_right_one()
    {
        using var client = _app.CreateClient();
        var token = await _app.Services.GetRequiredService<NetworkingCoach.Reminders.CalendarFeedService>().GetOrCreateTokenAsync();

        var wrong = await client.GetAsync("/calendar/not-the-token.ics");
        var right = await client.GetAsync($"/calendar/{token}.ics");

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("text/calendar", right.Content.Headers.ContentType?.MediaType);
        var body = await right.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body);
        Assert.EndsWith("END:VCALENDAR\r\n", body);
    }

    [Fact]
    public async Task The_calendar_feed_token_never_reaches_the_log_files()
    {
        using var client = _app.CreateClient();
        var token = await _app.Services.GetRequiredService<NetworkingCoach.Reminders.CalendarFeedService>().GetOrCreateTokenAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/calendar/{token}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/calendar/a-guessed-token.ics")).StatusCode);

        var logs = Directory.GetFiles(Path.Combine(_app.DataDirectory, "logs"));
        Assert.NotEmpty(logs);
        var text = string.Concat(logs.Select(ReadShared));
        Assert.Contains("/calendar/(token hidden).ics", text);
        Assert.DoesNotContain(token, text);
        Assert.DoesNotContain("a-guessed-token", text);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public async Task The_settings_page_shows_the_calendar_feed_address()
    {
        using var client = _app.CreateClient();
        var token = await _app.Services.GetRequiredService<NetworkingCoach.Reminders.CalendarFeedService>().GetOrCreateTokenAsync();

        var html = await client.GetStringAsync("/settings");

        Assert.Contains($"/calendar/{token}.ics", html);
    }

    [Fact]
    public async Task A_contact_that_does_not_exist_says_so()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync("/contacts/999999");

        Assert.Contains("Contact not found", html);
    }

    [Fact]
    public async Task The_navigation_lists_only_pages_that_exist()
    {
        using var client = _app.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/contacts"));

        var links = document.QuerySelectorAll(".mud-navmenu a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + link.TrimStart('/'))).StatusCode);
        }
    }

    /// <summary>The app with one contact in it.</summary>
    public sealed class SeededApp : IAsyncLifetime
    {
        private readonly AppFactory _factory = new();

        public int ContactId { get; private set; }

        public IServiceProvider Services => _factory.Services;

        public string DataDirectory => _factory.DataDirectory;

        public HttpClient CreateClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions? options = null) =>
            options is null ? _factory.CreateClient() : _factory.CreateClient(options);

        public async Task InitializeAsync()
        {
            _factory.CreateClient().Dispose();
            ContactId = await _factory.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput { Name = "Ana Pereira", Company = "Copperleaf Bank" });
        }

        public Task DisposeAsync()
        {
            _factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
