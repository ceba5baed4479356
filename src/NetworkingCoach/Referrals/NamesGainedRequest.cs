namespace NetworkingCoach.Referrals;

/// <summary>Names gained to add to a meeting that is already logged.</summary>
public class NamesGainedRequest
{
    public int MeetingId { get; set; }
    public List<NameGainedInput> NamesGained { get; set; } = [];
}
