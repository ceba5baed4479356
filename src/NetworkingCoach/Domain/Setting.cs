namespace NetworkingCoach.Domain;

/// <summary>One stored setting; absent keys take their default.</summary>
public class Setting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
