namespace NetworkingCoach.Coaching;

/// <summary>One labelled message of the intent corpus.</summary>
public sealed record IntentCorpusMessage(MessageIntent Label, string Text);
