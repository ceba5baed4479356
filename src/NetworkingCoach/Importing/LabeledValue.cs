namespace NetworkingCoach.Importing;

/// <summary>An email address or phone number with the label its source gave it (Work, Mobile...), if any.</summary>
public sealed record LabeledValue(string Value, string? Label = null);
