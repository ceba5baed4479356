namespace NetworkingCoach.Domain;

/// <summary>
/// A message whose intent the user corrected: what the coach read and what the user says it is, kept
/// locally for the next update of the intent corpus (docs/intent-corpus.md) and never sent anywhere.
/// </summary>
public class IntentCorrection
{
    public int Id { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>The intent code the coach read ("job_ask", "advice", ...).</summary>
    public string ReadAs { get; set; } = "";

    /// <summary>The intent code the user chose instead.</summary>
    public string CorrectedTo { get; set; } = "";

    /// <summary>How sure the coach was of what it read, 0 to 1.</summary>
    public double Confidence { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
