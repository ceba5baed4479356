using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>What the coach needs to know about one touchpoint; a struct so half a million of them stay cheap.</summary>
public readonly record struct TouchpointFact
{
    public int Id { get; init; }

    /// <summary>When it happened (or will happen, for an upcoming meeting), in UTC.</summary>
    public DateTime OccurredAt { get; init; }
    public Channel Channel { get; init; }
    public Direction Direction { get; init; }
    public TouchpointIntent Intent { get; init; }
    public bool Replied { get; init; }
    public DateOnly? FollowUpOn { get; init; }
    public bool HasPurpose { get; init; }
    public bool HasAgenda { get; init; }

    /// <summary>For a meeting, how many new names it yielded.</summary>
    public int NamesGained { get; init; }

    public bool IsMeeting => Intent == TouchpointIntent.Meeting;

    /// <summary>
    /// A real conversation: they started it, it was mutual, or they answered. A one-way message
    /// that went unanswered says nothing about the relationship.
    /// </summary>
    public bool IsTwoWay => Direction != Direction.IReachedOut || TheyAnswered;

    /// <summary>
    /// They answered the user's outreach: marked as replied, or it was a meeting or face to face,
    /// which cannot go unanswered however it was logged.
    /// </summary>
    public bool TheyAnswered => Replied || Channel == Channel.InPerson || IsMeeting;

    /// <summary>Email, LinkedIn and text: easy, but they build less than a voice or a face.</summary>
    public bool IsOnline => Channel is Channel.Email or Channel.LinkedIn or Channel.Text;

    /// <summary>The user asked for something (see <see cref="TouchpointKinds"/>).</summary>
    public bool IsAsk => TouchpointKinds.IsAsk(Intent, Direction);

    /// <summary>The user gave something (see <see cref="TouchpointKinds"/>).</summary>
    public bool IsGive => TouchpointKinds.IsGive(Intent, Direction);
}
