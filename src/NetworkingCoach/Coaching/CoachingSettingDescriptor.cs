namespace NetworkingCoach.Coaching;

/// <summary>One coaching setting as a settings page shows it: key, plain-language label, default, range and unit.</summary>
public sealed record CoachingSettingDescriptor(
    string Key,
    string Group,
    string Label,
    string Description,
    double Default,
    double Min,
    double Max,
    string Unit,
    bool IsWholeNumber,
    Func<CoachingSettings, double> Read,
    Action<CoachingSettings, double> Write);
