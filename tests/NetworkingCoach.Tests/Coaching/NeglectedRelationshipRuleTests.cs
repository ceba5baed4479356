using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class NeglectedRelationshipRuleTests
{
    private readonly NeglectedRelationshipRule _rule = new();

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void Contact_cadence_is_flagged_only_once_past(int daysSinceLastTouch, bool flagged)
    {
        var history = Contact(Touch(daysSinceLastTouch)) with { CadenceDays = 30 };

        Assert.Equal(flagged, Evaluate(_rule, history).Count == 1);
    }

    [Fact]
    public void Due_date_is_last_touch_plus_cadence()
    {
        var flag = Assert.Single(Evaluate(_rule, Contact(Touch(45)) with { CadenceDays = 30 }));

        Assert.Equal(Today.AddDays(-15), flag.DueOn);
        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal("Last contact with Ana was 6 weeks ago; the rhythm you set for them is every 30 days.", flag.Message);
    }

    [Theory]
    [InlineData(179, false)]
    [InlineData(181, true)]
    public void A_weak_tie_uses_the_weak_cadence(int daysAgo, bool flagged)
    {
        Assert.Equal(flagged, Evaluate(_rule, Contact(Unanswered(daysAgo))).Count == 1);
    }

    [Fact]
    public void Changing_the_tier_cadence_moves_the_boundary()
    {
        var settings = new CoachingSettings { CadenceWeakDays = 60 };

        Assert.Empty(Evaluate(_rule, Contact(Unanswered(59)), settings));
        Assert.Single(Evaluate(_rule, Contact(Unanswered(61)), settings));
    }

    [Fact]
    public void The_shortest_tag_cadence_applies()
    {
        var history = Contact(Unanswered(46)) with { TagCadenceDays = [90, 45] };

        Assert.Single(Evaluate(_rule, history));
        Assert.Empty(Evaluate(_rule, history with { Touchpoints = [Unanswered(44)] }));
    }

    [Fact]
    public void The_contacts_own_cadence_wins_over_tags()
    {
        var history = Contact(Unanswered(60)) with { TagCadenceDays = [45], CadenceDays = 100 };

        Assert.Empty(Evaluate(_rule, history));
    }

    [Fact]
    public void A_fresh_import_is_not_neglected_unless_a_cadence_was_set()
    {
        Assert.Empty(Evaluate(_rule, FreshImport()));

        var flag = Assert.Single(Evaluate(_rule, FreshImport() with { TagCadenceDays = [30] }));
        Assert.Equal(Today, flag.DueOn);
    }

    [Fact]
    public void Any_logged_touchpoint_resets_the_cadence()
    {
        var history = Contact(Touch(400, Channel.InPerson), Unanswered(5)) with { CadenceDays = 30 };

        Assert.Empty(Evaluate(_rule, history));
    }
}
