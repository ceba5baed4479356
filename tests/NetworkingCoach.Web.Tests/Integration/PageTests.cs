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
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.EndsWith("· NetworkingCoach", document.Title);
    }

    [Fact]
    public async Task The_home_page_leads_to_the_contacts()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/contacts", response.Headers.Location?.OriginalString);
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

        var links = document.QuerySelectorAll(".rz-panel-menu a").Select(a => a.GetAttribute("href")!).ToList();

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
