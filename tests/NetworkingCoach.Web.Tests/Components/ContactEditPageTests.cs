using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Contacts;
using NetworkingCoach.Web.Features.Contacts;

namespace NetworkingCoach.Web.Tests.Components;

public sealed class ContactEditPageTests : StoreComponentTests
{
    [Fact]
    public async Task What_is_typed_stays_when_the_page_is_rendered_again_for_the_same_contact()
    {
        var id = await Context.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput { Name = "Priya Raman", Company = "Acme Robotics" });
        var page = Context.Render<ContactEditPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("Priya Raman", Field(page, "Name *").GetAttribute("value")));

        Field(page, "Title").Change("Head of Platform");
        page.Render(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Head of Platform", Field(page, "Title").GetAttribute("value")));
        Assert.Equal("Priya Raman", Field(page, "Name *").GetAttribute("value"));
    }

    [Fact]
    public async Task Going_from_a_contact_to_a_new_one_in_the_same_page_starts_an_empty_form()
    {
        var id = await Context.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput { Name = "Priya Raman", Company = "Acme Robotics" });
        var page = Context.Render<ContactEditPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("Priya Raman", Field(page, "Name *").GetAttribute("value")));

        page.Render(p => p.Add(x => x.Id, null));

        page.WaitForAssertion(() => Assert.Equal("New contact", page.Find("h1").TextContent.Trim()));
        Assert.True(string.IsNullOrEmpty(Field(page, "Name *").GetAttribute("value")));
        Assert.True(string.IsNullOrEmpty(Field(page, "Company").GetAttribute("value")));

        page.Render(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("Priya Raman", Field(page, "Name *").GetAttribute("value")));
    }

    private static IElement Field(IRenderedComponent<ContactEditPage> page, string label)
    {
        var id = page.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return page.Find($"#{id}");
    }
}
