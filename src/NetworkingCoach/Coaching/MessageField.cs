namespace NetworkingCoach.Coaching;

/// <summary>Which part of a message a cue was found in.</summary>
public enum MessageField
{
    Body = 0,
    Subject = 1,
}
