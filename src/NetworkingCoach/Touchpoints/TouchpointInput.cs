using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;

namespace NetworkingCoach.Touchpoints;

/// <summary>What the touchpoint form hands the service to log or edit an interaction.</summary>
public class TouchpointInput
{
    public int? ContactId { get; set; }

    /// <summary>When it happened, in the user's local time.</summary>
    public DateTime? OccurredAt { get; set; }
    public Channel? Channel { get; set; }
    public Direction? Direction { get; set; }
    public TouchpointIntent? Intent { get; set; }
    public bool Replied { get; set; }
    public string? Summary { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public string? MeetingPurpose { get; set; }

    /// <summary>Agenda points as typed, one per line.</summary>
    public string? MeetingAgenda { get; set; }
    public string? MeetingOutcome { get; set; }

    /// <summary>People the contact suggested during a meeting; each becomes (or links to) a contact and a referral.</summary>
    public List<NameGainedInput> NamesGained { get; set; } = [];

    public bool IsMeeting => Intent == TouchpointIntent.Meeting;

    /// <summary>The agenda points, trimmed, without blank lines.</summary>
    public IReadOnlyList<string> AgendaPoints() => SplitAgenda(MeetingAgenda);

    public static IReadOnlyList<string> SplitAgenda(string? agenda) =>
        (agenda ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimStart('-', '*', '•', ' ').Trim())
            .Where(p => p.Length > 0)
            .ToList();
}
