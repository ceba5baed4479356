namespace NetworkingCoach.Settings;

/// <summary>The user's general preferences.</summary>
public class PreferenceSettings
{
    /// <summary>The time zone weeks and due dates are counted in; the machine's zone by default.</summary>
    public string TimeZoneId { get; set; } = TimeZoneInfo.Local.Id;

    /// <summary>How many days after a touchpoint a follow-up is suggested when the user asks for one.</summary>
    public int DefaultFollowUpDays { get; set; } = 7;

    /// <summary>How many relationships to renew the weekly list suggests, the most valuable first.</summary>
    public int WeeklyRenewLimit { get; set; } = 10;

    /// <summary>
    /// The region phone numbers without a country code are read in when matching people (two letters, such as
    /// GB or US); the machine's region by default, empty for international numbers only.
    /// </summary>
    public string PhoneRegion { get; set; } = Matching.PhoneRegions.FromCulture();
}
