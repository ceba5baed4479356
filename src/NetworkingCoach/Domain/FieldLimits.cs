namespace NetworkingCoach.Domain;

/// <summary>Maximum lengths shared by the EF Core configuration and the validators.</summary>
public static class FieldLimits
{
    public const int Name = 200;
    public const int CompanyName = 200;
    public const int Title = 200;
    public const int Location = 200;
    public const int HowWeMet = 500;
    public const int Notes = 10_000;
    public const int Email = 254;
    public const int Phone = 50;
    public const int Url = 500;
    public const int Label = 50;
    public const int Tag = 50;
    public const int MaxTagsPerContact = 30;
    public const int MaxEmailsPerContact = 10;
    public const int MaxPhonesPerContact = 10;
    public const int Summary = 2_000;
    public const int MeetingText = 4_000;
    public const int Subject = 300;
    public const int MessageBody = 20_000;
    public const int FileName = 260;
    public const int SettingKey = 100;
    public const int SettingValue = 2_000;
    public const int ReminderKey = 200;
    public const int SearchText = 2_000;
    public const int Closeness = 5;
    public const int MinCadenceDays = 7;
    public const int MaxCadenceDays = 730;
}
