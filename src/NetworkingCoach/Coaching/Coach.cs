namespace NetworkingCoach.Coaching;

/// <summary>Runs the coaching rules over histories: relationship rules for the dashboard, outreach rules for a planned message.</summary>
public sealed class Coach
{
    private readonly CoachingSettings _settings;
    private readonly TimeProvider _clock;
    private readonly TieStrengthCalculator _calculator;
    private readonly ICoachingRule[] _relationshipRules;
    private readonly ICoachingRule[] _outreachRules;

    public Coach(CoachingSettings settings, TimeProvider clock, IEnumerable<ICoachingRule>? rules = null)
    {
        _settings = settings;
        _clock = clock;
        _calculator = new TieStrengthCalculator(settings, clock);
        Rules = (rules ?? DefaultRules()).ToArray();
        _relationshipRules = Rules.Where(r => r.Kind == CoachingRuleKind.Relationship).ToArray();
        _outreachRules = Rules.Where(r => r.Kind == CoachingRuleKind.Outreach).ToArray();
    }

    public IReadOnlyList<ICoachingRule> Rules { get; }

    /// <summary>A fresh instance of every built-in rule, relationship rules first.</summary>
    public static IReadOnlyList<ICoachingRule> DefaultRules() =>
    [
        new NeglectedRelationshipRule(),
        new MeetingWithoutPurposeRule(),
        new MeetingWithoutNamesRule(),
        new OnlineOnlyRule(),
        new ThankYouOwedRule(),
        new ReferralFollowUpRule(),
        new JobAskToWeakTieRule(),
        new PersistenceGuardRule(),
        new ReconnectBeforeAskRule(),
        new AskWithoutGivingRule(),
    ];

    /// <summary>Tie strength and relationship flags for one contact, as of now.</summary>
    public ContactAssessment Assess(RelationshipHistory history)
    {
        var tie = _calculator.Calculate(history, RelationshipStats.Compute(history, _settings, Now()));
        return new ContactAssessment(history.ContactId, tie, EvaluateRelationship(history, tie));
    }

    /// <summary>Assessments for many contacts, reading the clock once so all are judged at the same moment.</summary>
    public List<ContactAssessment> AssessAll(IEnumerable<RelationshipHistory> histories)
    {
        var now = Now();
        var results = histories.TryGetNonEnumeratedCount(out var count) ? new List<ContactAssessment>(count) : [];
        var flags = new List<CoachingFlag>();
        foreach (var history in histories)
        {
            var tie = _calculator.Calculate(history, RelationshipStats.Compute(history, _settings, now));
            var context = new RuleContext(history, tie, _settings);
            flags.Clear();
            foreach (var rule in _relationshipRules)
            {
                rule.Evaluate(context, flags);
            }

            // Most contacts raise nothing: they share one empty list instead of each keeping their own.
            results.Add(new ContactAssessment(history.ContactId, tie, flags.Count == 0 ? [] : flags.ToArray()));
        }

        return results;
    }

    /// <summary>Relationship flags (neglect, meetings, thank-yous, referrals, online-only) for one history.</summary>
    public List<CoachingFlag> EvaluateRelationship(RelationshipHistory history, TieStrength tie) =>
        Run(_relationshipRules, new RuleContext(history, tie, _settings));

    /// <summary>Outreach flags (job ask to weak tie, persistence, reconnect first, ask without giving) for a planned outreach.</summary>
    public List<CoachingFlag> EvaluateOutreach(RelationshipHistory history, TieStrength tie, PlannedOutreach planned) =>
        Run(_outreachRules, new RuleContext(history, tie, _settings, planned));

    private static List<CoachingFlag> Run(ICoachingRule[] rules, RuleContext context)
    {
        var flags = new List<CoachingFlag>();
        foreach (var rule in rules)
        {
            rule.Evaluate(context, flags);
        }

        return flags;
    }

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;
}
