using NetworkingCoach.Relationships;

namespace NetworkingCoach.Contacts;

/// <summary>The computed part of a contact query: tier and flag, answered from the coach's snapshot.</summary>
public static class ContactCoachFilter
{
    public static bool IsNeeded(ContactQuery query) => query.Tier is not null || query.FlagRuleId is not null;

    public static bool Matches(CoachSnapshot snapshot, int id, ContactQuery query)
    {
        var assessment = snapshot.For(id);
        if (query.Tier is { } tier && assessment?.Tie.Tier != tier)
        {
            return false;
        }

        return query.FlagRuleId is null || (assessment?.Flags.Any(f => f.RuleId == query.FlagRuleId) ?? false);
    }
}
