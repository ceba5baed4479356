using System.Text.Json;
using NetworkingCoach.Cli;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Cli;

public class CoachCommandsTests
{
    [Fact]
    public async Task Classify_prints_one_json_object_per_message_with_intent_and_cues()
    {
        var input = new StringReader("Do you know of any openings? Please pass on my resume.\n\nThank you so much for the introduction to Maya!\n");
        var output = new StringWriter();

        var code = await CliApp.RunAsync(["classify"], output, new StringWriter(), input);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(2, lines.Count);
        Assert.Equal("job_ask", lines[0].GetProperty("intent").GetString());
        Assert.Contains("pass on my resume", lines[0].GetProperty("cues").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("thank_you", lines[1].GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Check_blocks_a_job_ask_to_a_dormant_contact_by_email_and_flags_lists_current_flags()
    {
        await using var store = await TestStore.CreateAsync();
        await Seed.DormantContactAsync(store);
        var output = new StringWriter();

        var code = await CliApp.RunAsync(["check", "--db", store.DatabasePath, "--contact", "DANA@old.example", "--text", "Are you hiring? Could you refer me?"], output, new StringWriter());
        var flagsOutput = new StringWriter();
        var flagsCode = await CliApp.RunAsync(["flags", "--db", store.DatabasePath], flagsOutput, new StringWriter());

        var verdict = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(3, code);
        Assert.Equal("blocked", verdict.GetProperty("decision").GetString());
        Assert.Equal("job_ask", verdict.GetProperty("intent").GetString());
        Assert.Equal("dormant", verdict.GetProperty("tie").GetProperty("tier").GetString());
        Assert.True(verdict.GetProperty("tie").GetProperty("reasons").GetArrayLength() > 0);
        Assert.Contains(verdict.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "job-ask-to-weak-tie");
        Assert.Equal(ExitCodes.Ok, flagsCode);
        var flag = JsonDocument.Parse(flagsOutput.ToString().Split('\n')[0]).RootElement;
        Assert.Equal("neglected-relationship", flag.GetProperty("rule").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Check_names_a_contact_it_cannot_find()
    {
        await using var store = await TestStore.CreateAsync();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["check", "--db", store.DatabasePath, "--contact", "nobody@example.com", "--text", "Hello"], new StringWriter(), error);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("No contact with id or email 'nobody@example.com'", error.ToString());
    }
}
