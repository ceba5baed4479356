using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Flags names given that were never contacted, and referrers never told how the meeting went.</summary>
/// <remarks>
/// "Not contacted" is raised on the referred person's history and "not told" on the referrer's, so a
/// referral shows up once per person it concerns.
/// </remarks>
public sealed class ReferralFollowUpRule : ICoachingRule
{
    public string Id => "referral-follow-up";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public CoachingRuleKind Kind => CoachingRuleKind.Relationship;
    public string Title => "Referral not followed up";
    public string Rationale =>
        "A name someone gave you is a door they opened; leaving it unused, or never telling them how it went, discourages the next one.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        var s = context.Settings;
        var today = context.Today;
        var history = context.History;

        foreach (var r in history.ReferralsReceived)
        {
            var due = r.SuggestedOn.AddDays(s.ReferralContactDays);
            if (r.Status == ReferralStatus.Suggested && today > due)
            {
                flags.Add(new CoachingFlag
                {
                    RuleId = Id,
                    Severity = Severity,
                    Message = $"{r.ReferrerName} suggested {history.Name} on {PlainWords.Date(r.SuggestedOn)} and you have not contacted them yet.",
                    SuggestedNextStep = $"Contact {context.FirstName}, mentioning that {PlainWords.FirstName(r.ReferrerName)} suggested you talk.",
                    ContactId = history.ContactId,
                    ReferralId = r.Id,
                    DueOn = due,
                });
            }
        }

        foreach (var r in history.ReferralsGiven)
        {
            if (r.Status != ReferralStatus.Met)
            {
                continue;
            }

            var met = r.MetOn ?? r.ContactedOn ?? r.SuggestedOn;
            var due = met.AddDays(s.ReferralReportBackDays);
            if (today > due)
            {
                flags.Add(new CoachingFlag
                {
                    RuleId = Id,
                    Severity = Severity,
                    Message = $"You met {r.ReferredName} on {PlainWords.Date(met)} through {context.FirstName}, but have not told {context.FirstName} how it went.",
                    SuggestedNextStep = $"Tell {context.FirstName} the outcome and thank them; people who open doors like to hear what happened.",
                    ContactId = history.ContactId,
                    ReferralId = r.Id,
                    DueOn = due,
                });
            }
        }
    }
}
