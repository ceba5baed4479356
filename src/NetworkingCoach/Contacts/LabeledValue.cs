namespace NetworkingCoach.Contacts;

/// <summary>An email address or phone number with an optional label such as "work".</summary>
public class LabeledValue
{
    public string Value { get; set; } = "";
    public string? Label { get; set; }
}
