namespace NetworkingCoach.Coaching;

/// <summary>What decided a message's intent.</summary>
public enum IntentSource
{
    /// <summary>The learned model (phrase cues explain it, and an unmistakable ask overrides it).</summary>
    Model = 0,

    /// <summary>Phrase cues alone, because the model could not be loaded; any job-ask cue counts.</summary>
    PhraseCues = 1,

    /// <summary>Nothing to read: empty, no words, or not English. The intent is "other" unless a job-ask phrase is there.</summary>
    CantTell = 2,
}
