using NetworkingCoach.Domain;

namespace NetworkingCoach.Reminders;

/// <summary>One thing to do for one contact, with the day it is due and a stable key for ticking off or snoozing.</summary>
public sealed record ReminderItem
{
    /// <summary>Stable across recomputations: the coaching flag's key, or "follow-up:…" / "meeting:…" for touchpoints.</summary>
    public required string Key { get; init; }
    public required ReminderKind Kind { get; init; }
    public required int ContactId { get; init; }
    public string ContactName { get; init; } = "";

    /// <summary>What is due, in plain words.</summary>
    public required string Detail { get; init; }
    public string? NextStep { get; init; }

    /// <summary>The day it is due, in the user's time zone.</summary>
    public required DateOnly DueOn { get; init; }
    public int? TouchpointId { get; init; }
    public int? ReferralId { get; init; }

    /// <summary>For meetings: when it takes place (UTC) and whether purpose and agenda are written down.</summary>
    public DateTime? StartsAtUtc { get; init; }
    public bool HasPurpose { get; init; }
    public bool HasAgenda { get; init; }

    /// <summary>True when the user snoozed it until a day in this week: it is listed then, ahead of the others of its kind.</summary>
    public bool BackFromSnooze { get; init; }

    /// <summary>How much it matters: the tie's value times how overdue it is; higher comes first.</summary>
    public double Priority { get; init; }

    public static string FollowUpKey(int contactId, int touchpointId) => $"follow-up:{contactId}:{touchpointId}:";

    public static string MeetingKey(int contactId, int touchpointId) => $"meeting:{contactId}:{touchpointId}:";

    /// <summary>The contact id in a key ("kind:contact:touchpoint:referral"), or null when there is none.</summary>
    public static int? ContactOf(string key) => ReminderState.ContactOf(key);
}
