namespace NetworkingCoach.Coaching;

/// <summary>Every weight, cut-off and threshold the coach uses, with its default; see <see cref="CoachingSettingsCatalog"/> for labels and ranges.</summary>
public class CoachingSettings
{
    // Tie strength: component weights, in points out of 100.
    public int ConversationsWeight { get; set; } = 40;
    public int ReciprocityWeight { get; set; } = 0;
    public int DepthWeight { get; set; } = 25;
    public int BreadthWeight { get; set; } = 15;
    public int RecencyWeight { get; set; } = 0;
    public int FrequencyWeight { get; set; } = 15;
    public int LongevityWeight { get; set; } = 5;

    // Tie strength: how each component is measured.
    public int ConversationsForFullPoints { get; set; } = 8;
    public int ChannelsForFullBreadth { get; set; } = 3;
    public int RecencyFullDays { get; set; } = 30;
    public int RecencyZeroDays { get; set; } = 730;
    public int FrequencyWindowDays { get; set; } = 365;
    public int FrequencyTargetCount { get; set; } = 6;
    public int LongevityFullYears { get; set; } = 5;
    public int ClosenessPointsPerStep { get; set; } = 16;
    public int ClosenessPointsPerStepDown { get; set; } = 16;

    // Tie strength: depth of each channel, from 0 (none) to 1 (face to face).
    public double DepthInPerson { get; set; } = 1.0;
    public double DepthPhone { get; set; } = 0.8;
    public double DepthVideoCall { get; set; } = 0.8;
    public double DepthEvent { get; set; } = 0.6;
    public double DepthLetter { get; set; } = 0.4;
    public double DepthEmail { get; set; } = 0.3;
    public double DepthText { get; set; } = 0.3;
    public double DepthLinkedIn { get; set; } = 0.2;

    // Tie strength: tiers.
    public int StrongTierMinScore { get; set; } = 80;
    public int MediumTierMinScore { get; set; } = 50;
    public int DormantAfterDays { get; set; } = 730;

    // Tie strength: what a tier needs whatever the score ("barely know" is weak however recent).
    public int MediumMinConversations { get; set; } = 3;
    public int MediumMinKnownDays { get; set; } = 90;
    public int StrongMinConversations { get; set; } = 4;
    public int StrongMinKnownDays { get; set; } = 270;
    public int StrongMaxSilenceDays { get; set; } = 365;
    public int TakerAskSharePercent { get; set; } = 67;

    // Keep-in-touch cadence per tier.
    public int CadenceStrongDays { get; set; } = 30;
    public int CadenceMediumDays { get; set; } = 90;
    public int CadenceWeakDays { get; set; } = 180;
    public int CadenceDormantDays { get; set; } = 365;

    // Persistence guard.
    /// <summary>Days a message is given for a reply before it counts as unanswered.</summary>
    public int ReplyWaitDays { get; set; } = 14;
    public int PersistenceWarnWindowDays { get; set; } = 14;
    public int PersistenceWarnCount { get; set; } = 2;
    public int PersistenceBlockWindowDays { get; set; } = 28;
    public int PersistenceBlockCount { get; set; } = 3;

    // Asking.
    public int ReconnectSilenceMonths { get; set; } = 12;
    public int AllowedAskSurplus { get; set; } = 1;
    public int JobAskMinConversations { get; set; } = 3;
    public int JobAskMinKnownDays { get; set; } = 90;

    // Meetings.
    public int MeetingReviewDays { get; set; } = 30;
    public int NamesGainedGoal { get; set; } = 2;
    public int OnlineOnlyMinTouchpoints { get; set; } = 3;

    // Thank-yous and referrals.
    public int ThankYouDays { get; set; } = 2;
    public int ThankYouReviewDays { get; set; } = 30;
    public int ReferralContactDays { get; set; } = 7;
    public int ReferralReportBackDays { get; set; } = 14;

    /// <summary>A fresh instance holding every default.</summary>
    public static CoachingSettings Defaults => new();

    /// <summary>Puts every setting back to its default.</summary>
    public void Reset()
    {
        var defaults = Defaults;
        foreach (var descriptor in CoachingSettingsCatalog.All)
        {
            descriptor.Write(this, descriptor.Read(defaults));
        }
    }

    /// <summary>A copy that can be changed without touching this instance.</summary>
    public CoachingSettings Clone() => (CoachingSettings)MemberwiseClone();

    /// <summary>The depth of a channel, from 0 to 1.</summary>
    public double DepthOf(Domain.Channel channel) => channel switch
    {
        Domain.Channel.InPerson => DepthInPerson,
        Domain.Channel.Phone => DepthPhone,
        Domain.Channel.VideoCall => DepthVideoCall,
        Domain.Channel.Event => DepthEvent,
        Domain.Channel.Letter => DepthLetter,
        Domain.Channel.Email => DepthEmail,
        Domain.Channel.Text => DepthText,
        Domain.Channel.LinkedIn => DepthLinkedIn,
        _ => 0,
    };

    /// <summary>The keep-in-touch cadence in days for a tier.</summary>
    public int CadenceFor(TieTier tier) => tier switch
    {
        TieTier.Strong => CadenceStrongDays,
        TieTier.Medium => CadenceMediumDays,
        TieTier.Weak => CadenceWeakDays,
        _ => CadenceDormantDays,
    };
}
