using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Tests.Coaching;

/// <summary>Hand-made histories relative to one fixed "now".</summary>
public static class Histories
{
    public static readonly DateTime Now = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    public static FixedTimeProvider Clock => new(new DateTimeOffset(Now));

    public static DateTime DaysAgo(int days) => Now.AddDays(-days);

    public static TouchpointFact Touch(
        int daysAgo,
        Channel channel = Channel.Email,
        Direction direction = Direction.Mutual,
        TouchpointIntent intent = TouchpointIntent.KeepInTouch,
        bool replied = false,
        int id = 0,
        bool hasPurpose = true,
        bool hasAgenda = true,
        int namesGained = 0) =>
        new()
        {
            Id = id,
            OccurredAt = DaysAgo(daysAgo),
            Channel = channel,
            Direction = direction,
            Intent = intent,
            Replied = replied,
            HasPurpose = hasPurpose,
            HasAgenda = hasAgenda,
            NamesGained = namesGained,
        };

    /// <summary>A message the user sent that was never answered.</summary>
    public static TouchpointFact Unanswered(int daysAgo, Channel channel = Channel.Email, TouchpointIntent intent = TouchpointIntent.KeepInTouch, int id = 0) =>
        Touch(daysAgo, channel, Direction.IReachedOut, intent, replied: false, id: id);

    /// <summary>Runs one rule the way the coach does, with an optional planned outreach.</summary>
    public static List<CoachingFlag> Evaluate(
        ICoachingRule rule, RelationshipHistory history, CoachingSettings? settings = null, TouchpointIntent? planned = null)
    {
        settings ??= new CoachingSettings();
        var tie = new TieStrengthCalculator(settings, Clock).Calculate(history);
        var flags = new List<CoachingFlag>();
        rule.Evaluate(new RuleContext(history, tie, settings, planned is { } intent ? new PlannedOutreach(intent) : null), flags);
        return flags;
    }

    public static RelationshipHistory Contact(params TouchpointFact[] touchpoints) =>
        new() { ContactId = 7, Name = "Ana Silva", Touchpoints = touchpoints };

    /// <summary>A close colleague: seen in person last week and several times this year.</summary>
    public static RelationshipHistory CloseColleague() => new()
    {
        ContactId = 1,
        Name = "Priya Shah",
        KnownSince = Today.AddYears(-6),
        Closeness = 5,
        Touchpoints =
        [
            Touch(7, Channel.InPerson, Direction.Mutual),
            Touch(40, Channel.Phone, Direction.TheyReachedOut),
            Touch(90, Channel.Email, Direction.IReachedOut, replied: true),
            Touch(150, Channel.InPerson, Direction.Mutual),
            Touch(220, Channel.VideoCall, Direction.TheyReachedOut),
            Touch(300, Channel.Email, Direction.IReachedOut, replied: true),
        ],
    };

    /// <summary>One email exchange six years ago, nothing since.</summary>
    public static RelationshipHistory OneEmailSixYearsAgo() => new()
    {
        ContactId = 2,
        Name = "Mr. Tom Baker",
        Touchpoints = [Touch(6 * 365 + 10, Channel.Email, Direction.IReachedOut, replied: true)],
    };

    /// <summary>An exchange thirteen years ago, then a recent letter that went unanswered.</summary>
    public static RelationshipHistory LetterAfterThirteenYears() => new()
    {
        ContactId = 3,
        Name = "Helen Carter",
        Touchpoints =
        [
            Touch(13 * 365, Channel.InPerson, Direction.Mutual),
            Unanswered(20, Channel.Letter),
        ],
    };

    /// <summary>A contact just imported from LinkedIn: nothing logged.</summary>
    public static RelationshipHistory FreshImport() => new() { ContactId = 4, Name = "Sam Lee" };
}
