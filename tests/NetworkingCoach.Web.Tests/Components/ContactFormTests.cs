using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Web.Features.Contacts;

namespace NetworkingCoach.Web.Tests.Components;

// Over a store: the form reads "today" from the user's calendar, which the store keeps.
public sealed class ContactFormTests : StoreComponentTests
{
    private readonly List<ContactInput> _saved = [];

    private IRenderedComponent<ContactForm> Render(ContactInput input) =>
        Context.Render<ContactForm>(p => p.Add(x => x.Input, input).Add(x => x.OnSave, (ContactInput saved) => _saved.Add(saved)));

    private static IElement Field(IRenderedComponent<ContactForm> form, string label)
    {
        var id = form.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return form.Find($"#{id}");
    }

    private static IReadOnlyList<string> InlineErrors(IRenderedComponent<ContactForm> form) =>
        form.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    [Fact]
    public void Saving_without_a_name_shows_the_validators_message_under_the_name_and_hands_nothing_on()
    {
        var form = Render(new ContactInput { Company = "Orbit Software" });

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Enter a name.", InlineErrors(form)));
        var nameControl = Field(form, "Name *").Closest(".mud-input-control")!;
        Assert.Contains("Enter a name.", nameControl.TextContent);
        Assert.Empty(_saved);
        Assert.Equal("Orbit Software", Field(form, "Company").GetAttribute("value"));
    }

    [Fact]
    public void A_company_name_longer_than_the_limit_is_refused_inline_as_soon_as_it_is_typed()
    {
        var form = Render(new ContactInput { Name = "Priya Raman" });

        Field(form, "Company").Change(new string('x', NetworkingCoach.Domain.FieldLimits.CompanyName + 1));

        form.WaitForAssertion(() => Assert.Contains($"Keep the company under {NetworkingCoach.Domain.FieldLimits.CompanyName} characters.", InlineErrors(form)));
        form.Find("form").Submit();
        Assert.Empty(_saved);
    }

    [Fact]
    public void A_valid_contact_is_handed_to_the_page_with_what_was_typed()
    {
        var form = Render(new ContactInput());

        Field(form, "Name *").Change("Priya Raman");
        Field(form, "Company").Change("Orbit Software");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Single(_saved));
        Assert.Equal("Priya Raman", _saved[0].Name);
        Assert.Equal("Orbit Software", _saved[0].Company);
        Assert.Empty(InlineErrors(form));
    }
}
