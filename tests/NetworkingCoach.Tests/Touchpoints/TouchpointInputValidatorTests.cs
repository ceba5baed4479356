using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Touchpoints;

public class TouchpointInputValidatorTests
{
    private readonly FixedClock _clock = new();
    private readonly TouchpointInputValidator _validator;

    public TouchpointInputValidatorTests() => _validator = new TouchpointInputValidator(_clock);

    private TouchpointInput Valid() => new()
    {
        ContactId = 1,
        OccurredAt = _clock.LocalNow,
        Channel = Channel.Phone,
        Direction = Direction.IReachedOut,
        Intent = TouchpointIntent.KeepInTouch,
    };

    private List<string> Errors(TouchpointInput input) => _validator.Validate(input).Errors.Select(e => e.PropertyName).ToList();

    [Fact]
    public void A_complete_touchpoint_is_valid()
    {
        Assert.Empty(Errors(Valid()));
    }

    [Fact]
    public void An_empty_form_names_every_missing_field()
    {
        var errors = Errors(new TouchpointInput());

        Assert.Contains(nameof(TouchpointInput.ContactId), errors);
        Assert.Contains(nameof(TouchpointInput.OccurredAt), errors);
        Assert.Contains(nameof(TouchpointInput.Channel), errors);
        Assert.Contains(nameof(TouchpointInput.Direction), errors);
        Assert.Contains(nameof(TouchpointInput.Intent), errors);
    }

    [Fact]
    public void Today_on_the_users_clock_is_allowed_even_when_it_is_tomorrow_in_utc()
    {
        var input = Valid();
        input.OccurredAt = _clock.LocalToday.ToDateTime(new TimeOnly(23, 59));

        Assert.Equal(_clock.UtcNow.Date.AddDays(1), _clock.LocalToday.ToDateTime(TimeOnly.MinValue));
        Assert.Empty(Errors(input));
    }

    [Fact]
    public void Tomorrow_on_the_users_clock_is_refused()
    {
        var input = Valid();
        input.OccurredAt = _clock.LocalToday.AddDays(1).ToDateTime(TimeOnly.MinValue);

        var result = _validator.Validate(input);

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(TouchpointInput.OccurredAt), error.PropertyName);
        Assert.Contains("cannot be after today", error.ErrorMessage);
    }

    [Fact]
    public void An_undefined_channel_value_is_refused()
    {
        var input = Valid();
        input.Channel = (Channel)42;

        Assert.Equal([nameof(TouchpointInput.Channel)], Errors(input));
    }

    [Fact]
    public void A_summary_over_the_shared_limit_is_refused()
    {
        var input = Valid();
        input.Summary = new string('x', FieldLimits.Summary + 1);

        Assert.Equal([nameof(TouchpointInput.Summary)], Errors(input));
    }

    [Fact]
    public void A_meeting_needs_a_purpose()
    {
        var input = Valid();
        input.Intent = TouchpointIntent.Meeting;
        input.MeetingPurpose = "   ";

        Assert.Equal([nameof(TouchpointInput.MeetingPurpose)], Errors(input));

        input.MeetingPurpose = "Learn how the data team hires";
        Assert.Empty(Errors(input));
    }

    [Fact]
    public void A_follow_up_before_the_touchpoint_is_refused_but_the_same_day_is_fine()
    {
        var input = Valid();
        input.OccurredAt = _clock.LocalNow.AddDays(-3);
        input.FollowUpOn = DateOnly.FromDateTime(input.OccurredAt.Value).AddDays(-1);

        Assert.Equal([nameof(TouchpointInput.FollowUpOn)], Errors(input));

        input.FollowUpOn = DateOnly.FromDateTime(input.OccurredAt.Value);
        Assert.Empty(Errors(input));
    }

    [Fact]
    public void Agenda_points_are_trimmed_and_blank_lines_dropped()
    {
        var input = Valid();
        input.MeetingAgenda = "  - Their path into data science \n\n\r\n* Teams worth knowing  \n   ";

        Assert.Equal(["Their path into data science", "Teams worth knowing"], input.AgendaPoints());
    }

    [Fact]
    public void Names_gained_need_a_meeting_a_name_and_no_repeats()
    {
        var input = Valid();
        input.NamesGained = [new NameGainedInput { Name = "Ana" }];
        Assert.Contains(nameof(TouchpointInput.NamesGained), Errors(input));

        input.Intent = TouchpointIntent.Meeting;
        input.MeetingPurpose = "Advice";
        input.NamesGained =
        [
            new NameGainedInput { Name = "Ana", Email = "ana@example.com" },
            new NameGainedInput { Name = "", Email = "ANA@example.com " },
            new NameGainedInput { Name = "Bo", Email = "bo@" },
        ];

        var errors = Errors(input);
        Assert.Contains("NamesGained[1].Name", errors);
        Assert.Contains("NamesGained[1].Email", errors);
        Assert.Contains("NamesGained[2].Email", errors);
        Assert.DoesNotContain(errors, e => e.StartsWith("NamesGained[0]"));
    }
}
