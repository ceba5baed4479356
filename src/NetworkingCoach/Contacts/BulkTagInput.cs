namespace NetworkingCoach.Contacts;

/// <summary>The tag typed for a bulk add or remove.</summary>
public class BulkTagInput
{
    public string Tag { get; set; } = "";
}
