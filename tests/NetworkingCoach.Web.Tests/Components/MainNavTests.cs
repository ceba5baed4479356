using Bunit;
using NetworkingCoach.Web.Components.Layout;

namespace NetworkingCoach.Web.Tests.Components;

public class MainNavTests
{
    [Fact]
    public async Task Before_the_page_is_live_the_drawer_links_look_as_they_do_once_live_the_current_page_marked()
    {
        await using var live = RenderedMarkup.Live();
        await using var first = RenderedMarkup.Static();

        var once = live.Render<MainNav>().Markup;
        var before = first.Render<MainNav>();

        Assert.Equal(9, before.FindAll("a.mud-nav-link").Count);
        Assert.Equal("Dashboard", before.Find("a.active[aria-current=page]").TextContent);
        RenderedMarkup.Shown(before.Markup).MarkupMatches(RenderedMarkup.Shown(once));
    }
}
