namespace NetworkingCoach.Coaching;

/// <summary>How much a flag matters: a hint, a warning the user may override, or a block.</summary>
public enum FlagSeverity
{
    Info = 0,
    Warning = 1,
    Block = 2,
}
