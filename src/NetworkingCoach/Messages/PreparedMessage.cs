namespace NetworkingCoach.Messages;

/// <summary>A message cleared to go out: a mailto link and the plain text to copy.</summary>
public sealed record PreparedMessage(string MailtoUrl, string Text, MessageCheck Check);
