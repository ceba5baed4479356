using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>A message the user is about to send, with the intent they chose for it, if any.</summary>
public sealed record MessageDraft(string? Subject, string Body, TouchpointIntent? ChosenIntent = null);
