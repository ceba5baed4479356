namespace NetworkingCoach.Coaching;

/// <summary>How strong a relationship is, in the words shown to the user.</summary>
public enum TieTier
{
    Dormant = 0,
    Weak = 1,
    Medium = 2,
    Strong = 3,
}
