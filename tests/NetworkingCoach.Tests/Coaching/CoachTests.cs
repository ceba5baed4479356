using System.Diagnostics;
using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using Xunit.Abstractions;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class CoachTests(ITestOutputHelper output)
{
    private readonly Coach _coach = new(new CoachingSettings(), Clock);

    [Fact]
    public void Rule_ids_are_unique_and_every_rule_explains_itself()
    {
        Assert.Equal(_coach.Rules.Count, _coach.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(_coach.Rules, r =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale));
        });
    }

    [Fact]
    public void Assessing_a_contact_runs_relationship_rules_but_not_outreach_rules()
    {
        var history = Contact(Touch(4, Channel.InPerson, intent: TouchpointIntent.Meeting, id: 1), Unanswered(2), Unanswered(1));

        var assessment = _coach.Assess(history);

        Assert.Contains(assessment.Flags, f => f.RuleId == "thank-you-owed");
        Assert.DoesNotContain(assessment.Flags, f => f.RuleId == "persistence-guard");
    }

    [Fact]
    public void Evaluating_a_planned_job_ask_runs_the_outreach_rules()
    {
        var history = OneEmailSixYearsAgo();
        var tie = new TieStrengthCalculator(new CoachingSettings(), Clock).Calculate(history);

        var flags = _coach.EvaluateOutreach(history, tie, new PlannedOutreach(TouchpointIntent.JobAsk));

        Assert.Contains(flags, f => f.RuleId == "job-ask-to-weak-tie" && f.Severity == FlagSeverity.Block);
        Assert.Contains(flags, f => f.RuleId == "reconnect-before-ask");
    }

    [Fact]
    public void Fifty_thousand_contacts_with_half_a_million_touchpoints_are_assessed_quickly()
    {
        var random = new Random(7);
        var histories = new RelationshipHistory[50_000];
        for (var c = 0; c < histories.Length; c++)
        {
            var touches = new TouchpointFact[10];
            for (var t = 0; t < touches.Length; t++)
            {
                touches[t] = Touch(
                    random.Next(-30, 3000),
                    (Channel)random.Next(0, 8),
                    (Direction)random.Next(0, 3),
                    (TouchpointIntent)random.Next(0, 7),
                    replied: random.Next(2) == 0,
                    id: (c * 10) + t,
                    hasPurpose: random.Next(4) > 0,
                    namesGained: random.Next(0, 3));
            }

            histories[c] = new RelationshipHistory
            {
                ContactId = c,
                Name = "Contact " + c,
                Closeness = c % 6 == 0 ? null : c % 6,
                TagCadenceDays = c % 5 == 0 ? [60] : [],
                Touchpoints = touches,
            };
        }

        _coach.AssessAll(histories.Take(1000).ToList());
        var watch = Stopwatch.StartNew();
        var assessments = _coach.AssessAll(histories);
        watch.Stop();

        output.WriteLine($"50,000 contacts / 500,000 touchpoints: {watch.ElapsedMilliseconds} ms, {assessments.Sum(a => a.Flags.Count)} flags");
        Assert.Equal(histories.Length, assessments.Count);

        // Well under a second on a quiet machine; the margin covers a shared, busy test runner.
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }
}
