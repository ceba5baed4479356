using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Cli;
using NetworkingCoach.Domain;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Cli;

public sealed class LogCommandTests : IAsyncLifetime
{
    private TestStore _store = null!;

    // The command runs on the real clock, so dates are relative to the real today.
    private static string DaysAgo(int days) => DateOnly.FromDateTime(DateTime.Now).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.AddContactAsync("Sam Lee", "sam@example.com");
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["log", "--db", _store.DatabasePath, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<List<Touchpoint>> TouchpointsAsync()
    {
        await using var db = await _store.OpenAsync();
        return await db.Touchpoints.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Logging_a_touchpoint_saves_it_and_prints_it_with_the_tie_as_json()
    {
        var (code, output, error) = await RunAsync(
            "--contact", "SAM@example.com", "--on", DaysAgo(21), "--channel", "event", "--direction", "mutual",
            "--intent", "keep_in_touch", "--summary", "Met at the data meetup");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("event", json.GetProperty("touchpoint").GetProperty("channel").GetString());
        Assert.Equal(DaysAgo(21), json.GetProperty("touchpoint").GetProperty("on").GetString());
        Assert.Equal("weak", json.GetProperty("tie").GetProperty("tier").GetString());
        Assert.Contains(json.GetProperty("tie").GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("barely know them"));
        var saved = Assert.Single(await TouchpointsAsync());
        Assert.Equal(json.GetProperty("touchpoint").GetProperty("id").GetInt32(), saved.Id);
        Assert.Equal((Channel.Event, Direction.Mutual, TouchpointIntent.KeepInTouch, "Met at the data meetup"), (saved.Channel, saved.Direction, saved.Intent, saved.Summary));
    }

    [Fact]
    public async Task Replied_marks_an_outreach_as_answered_and_the_contact_can_be_given_by_id()
    {
        var id = (await TouchpointsAsync()).Count == 0 ? "1" : throw new InvalidOperationException();

        var (code, _, _) = await RunAsync("--contact", id, "--on", DaysAgo(3), "--channel", "email", "--direction", "me", "--intent", "advice", "--replied");

        Assert.Equal(ExitCodes.Ok, code);
        var saved = Assert.Single(await TouchpointsAsync());
        Assert.True(saved.Replied);
        Assert.Equal(TouchpointIntent.AdviceRequest, saved.Intent);
    }

    [Fact]
    public async Task An_unknown_contact_is_named_and_nothing_is_written()
    {
        var (code, output, error) = await RunAsync("--contact", "nobody@example.com", "--on", DaysAgo(1), "--channel", "phone", "--direction", "me", "--intent", "keep_in_touch");

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal("", output);
        Assert.Contains("No contact with id or email 'nobody@example.com'", error);
        Assert.Empty(await TouchpointsAsync());
    }

    [Fact]
    public async Task A_bad_channel_is_a_usage_error_that_lists_the_channels_and_writes_nothing()
    {
        var (code, output, error) = await RunAsync("--contact", "sam@example.com", "--on", DaysAgo(1), "--channel", "carrier_pigeon", "--direction", "me", "--intent", "keep_in_touch");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.Contains("--channel 'carrier_pigeon' is not one of in_person, phone, video, email, linkedin, text, event, letter.", error);
        Assert.Contains("Usage: log", error);
        Assert.Empty(await TouchpointsAsync());
    }

    [Fact]
    public async Task A_future_date_is_refused_with_the_apps_message_and_writes_nothing()
    {
        var (code, output, error) = await RunAsync("--contact", "sam@example.com", "--on", DaysAgo(-2), "--channel", "phone", "--direction", "me", "--intent", "keep_in_touch");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.Contains("The date cannot be after today; log it once it has happened.", error);
        Assert.Contains("Nothing was logged.", error);
        Assert.Empty(await TouchpointsAsync());
    }

    [Theory]
    [InlineData("--on", "02/12/2026")]
    [InlineData("--direction", "sideways")]
    [InlineData("--intent", "gossip")]
    public async Task A_badly_written_option_is_a_usage_error(string option, string value)
    {
        var args = new Dictionary<string, string>
        {
            ["--contact"] = "sam@example.com",
            ["--on"] = DaysAgo(1),
            ["--channel"] = "phone",
            ["--direction"] = "me",
            ["--intent"] = "keep_in_touch",
        };
        args[option] = value;

        var (code, _, error) = await RunAsync([.. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option, error);
        Assert.Empty(await TouchpointsAsync());
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("--contact", "sam@example.com", "--on", DaysAgo(1), "--channel", "phone");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--direction is required.", error);
    }

    [Fact]
    public async Task A_meeting_without_a_purpose_gets_the_forms_message()
    {
        var (code, _, error) = await RunAsync("--contact", "sam@example.com", "--on", DaysAgo(1), "--channel", "video", "--direction", "mutual", "--intent", "meeting");
        var (withPurpose, _, _) = await RunAsync("--contact", "sam@example.com", "--on", DaysAgo(1), "--channel", "video", "--direction", "mutual", "--intent", "meeting", "--purpose", "Learn how their team hires");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Say what the meeting is for", error);
        Assert.Equal(ExitCodes.Ok, withPurpose);
        Assert.Single(await TouchpointsAsync());
    }
}
