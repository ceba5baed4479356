namespace NetworkingCoach.Domain;

/// <summary>Who started an interaction.</summary>
public enum Direction
{
    IReachedOut = 0,
    TheyReachedOut = 1,
    Mutual = 2,
}
