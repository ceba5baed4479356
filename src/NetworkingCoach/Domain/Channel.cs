namespace NetworkingCoach.Domain;

/// <summary>How an interaction took place.</summary>
public enum Channel
{
    InPerson = 0,
    Phone = 1,
    VideoCall = 2,
    Email = 3,
    LinkedIn = 4,
    Text = 5,
    Event = 6,
    Letter = 7,
}
