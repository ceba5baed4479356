using NetworkingCoach.Domain;

namespace NetworkingCoach.Messages;

/// <summary>A message in the history list.</summary>
public sealed record SentMessage(int Id, int ContactId, string ContactName, string Subject, MessageStatus Status, MessageDecision Decision, TouchpointIntent Intent, DateTime UpdatedAt);
