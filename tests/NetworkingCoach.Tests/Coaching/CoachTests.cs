using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class CoachTests
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
}
