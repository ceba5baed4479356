namespace NetworkingCoach.Coaching;

/// <summary>
/// One edition of the corpus sources (a folder written at one time), split on its own so that adding an
/// edition never moves a message of an earlier one between train, dev and test.
/// </summary>
public sealed record IntentCorpusEdition(string Name, int Read, IntentCorpusSplit Split);
