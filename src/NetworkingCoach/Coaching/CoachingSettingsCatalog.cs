using System.Globalization;

namespace NetworkingCoach.Coaching;

/// <summary>The list of coaching settings for the settings page, and conversion to and from stored key/value text.</summary>
public static class CoachingSettingsCatalog
{
    private const string TieStrength = "Tie strength";
    private const string ChannelDepth = "Depth of channel";
    private const string Cadence = "Keep-in-touch rhythm";
    private const string Persistence = "Follow-up persistence";
    private const string Asking = "Asking";
    private const string Meetings = "Meetings";
    private const string FollowThrough = "Thank-yous and referrals";

    private static readonly CoachingSettings s_defaults = new();

    /// <summary>Every setting, in the order a settings page shows them.</summary>
    public static IReadOnlyList<CoachingSettingDescriptor> All { get; } =
    [
        Whole(nameof(CoachingSettings.ConversationsWeight), TieStrength, "Weight of conversations", "Points for how many real two-way conversations you have had (days you talked, wrote back and forth, or met).", 0, 100, "points", s => s.ConversationsWeight, (s, v) => s.ConversationsWeight = v),
        Whole(nameof(CoachingSettings.ReciprocityWeight), TieStrength, "Weight of reciprocity", "Points for whether they reply, reach out themselves, and give as well as ask.", 0, 100, "points", s => s.ReciprocityWeight, (s, v) => s.ReciprocityWeight = v),
        Whole(nameof(CoachingSettings.DepthWeight), TieStrength, "Weight of depth", "Points for meeting in person or talking by phone or video rather than only writing.", 0, 100, "points", s => s.DepthWeight, (s, v) => s.DepthWeight = v),
        Whole(nameof(CoachingSettings.BreadthWeight), TieStrength, "Weight of breadth", "Points for talking through more than one channel (say in person and by phone).", 0, 100, "points", s => s.BreadthWeight, (s, v) => s.BreadthWeight = v),
        Whole(nameof(CoachingSettings.RecencyWeight), TieStrength, "Weight of recency", "Points for how recently you had a real conversation.", 0, 100, "points", s => s.RecencyWeight, (s, v) => s.RecencyWeight = v),
        Whole(nameof(CoachingSettings.FrequencyWeight), TieStrength, "Weight of frequency", "Points for how many real conversations you had in the frequency window.", 0, 100, "points", s => s.FrequencyWeight, (s, v) => s.FrequencyWeight = v),
        Whole(nameof(CoachingSettings.LongevityWeight), TieStrength, "Weight of how long known", "Points for how many years you have known them.", 0, 100, "points", s => s.LongevityWeight, (s, v) => s.LongevityWeight = v),
        Whole(nameof(CoachingSettings.ConversationsForFullPoints), TieStrength, "Conversations for full points", "This many real conversations earn all the conversation points.", 1, 365, "conversations", s => s.ConversationsForFullPoints, (s, v) => s.ConversationsForFullPoints = v),
        Whole(nameof(CoachingSettings.ChannelsForFullBreadth), TieStrength, "Channels for full breadth", "Talking through this many different channels earns all the breadth points.", 2, 8, "channels", s => s.ChannelsForFullBreadth, (s, v) => s.ChannelsForFullBreadth = v),
        Whole(nameof(CoachingSettings.RecencyFullDays), TieStrength, "Recent enough for full points", "A real conversation within this many days earns all the recency points.", 0, 3650, "days", s => s.RecencyFullDays, (s, v) => s.RecencyFullDays = v),
        Whole(nameof(CoachingSettings.RecencyZeroDays), TieStrength, "Too long ago for any points", "A last real conversation this many days ago or more earns no recency points.", 1, 7300, "days", s => s.RecencyZeroDays, (s, v) => s.RecencyZeroDays = v),
        Whole(nameof(CoachingSettings.FrequencyWindowDays), TieStrength, "Frequency window", "How far back real conversations are counted for frequency.", 1, 3650, "days", s => s.FrequencyWindowDays, (s, v) => s.FrequencyWindowDays = v),
        Whole(nameof(CoachingSettings.FrequencyTargetCount), TieStrength, "Conversations for full frequency", "Real conversations within the window that earn all the frequency points.", 1, 365, "conversations", s => s.FrequencyTargetCount, (s, v) => s.FrequencyTargetCount = v),
        Whole(nameof(CoachingSettings.LongevityFullYears), TieStrength, "Years known for full points", "Knowing someone this many years earns all the longevity points.", 1, 50, "years", s => s.LongevityFullYears, (s, v) => s.LongevityFullYears = v),
        Whole(nameof(CoachingSettings.ClosenessPointsPerStep), TieStrength, "Your closeness rating, per step up", "Points added per step above 3/5 on your own closeness rating.", 0, 25, "points", s => s.ClosenessPointsPerStep, (s, v) => s.ClosenessPointsPerStep = v),
        Whole(nameof(CoachingSettings.ClosenessPointsPerStepDown), TieStrength, "Your closeness rating, per step down", "Points taken away per step below 3/5 on your own closeness rating; best kept at least as high as the step up, because rating a tie too strong is the costlier mistake.", 0, 25, "points", s => s.ClosenessPointsPerStepDown, (s, v) => s.ClosenessPointsPerStepDown = v),
        Whole(nameof(CoachingSettings.StrongTierMinScore), TieStrength, "Score for a strong tie", "A score at or above this is a strong tie, if the tie also meets the conditions below.", 1, 100, "points", s => s.StrongTierMinScore, (s, v) => s.StrongTierMinScore = v),
        Whole(nameof(CoachingSettings.MediumTierMinScore), TieStrength, "Score for a medium tie", "A score at or above this, below strong, is a medium tie; below it, weak.", 1, 100, "points", s => s.MediumTierMinScore, (s, v) => s.MediumTierMinScore = v),
        Whole(nameof(CoachingSettings.DormantAfterDays), TieStrength, "Silence before a tie is dormant", "With no real two-way conversation for this many days, the tie is dormant.", 30, 7300, "days", s => s.DormantAfterDays, (s, v) => s.DormantAfterDays = v),
        Whole(nameof(CoachingSettings.MediumMinConversations), TieStrength, "Conversations before a tie can be medium", "With fewer real conversations than this you barely know them: a weak tie however recent.", 1, 100, "conversations", s => s.MediumMinConversations, (s, v) => s.MediumMinConversations = v),
        Whole(nameof(CoachingSettings.MediumMinKnownDays), TieStrength, "Known before a tie can be medium", "Known for fewer days than this, you barely know them: a weak tie however often you talk.", 0, 3650, "days", s => s.MediumMinKnownDays, (s, v) => s.MediumMinKnownDays = v),
        Whole(nameof(CoachingSettings.StrongMinConversations), TieStrength, "Conversations before a tie can be strong", "A strong tie needs at least this many real conversations.", 1, 365, "conversations", s => s.StrongMinConversations, (s, v) => s.StrongMinConversations = v),
        Whole(nameof(CoachingSettings.StrongMinKnownDays), TieStrength, "Known before a tie can be strong", "A strong tie needs to have lasted at least this many days.", 0, 3650, "days", s => s.StrongMinKnownDays, (s, v) => s.StrongMinKnownDays = v),
        Whole(nameof(CoachingSettings.StrongMaxSilenceDays), TieStrength, "Silence a strong tie allows", "A strong tie needs a real conversation within this many days.", 1, 7300, "days", s => s.StrongMaxSilenceDays, (s, v) => s.StrongMaxSilenceDays = v),
        Whole(nameof(CoachingSettings.TakerAskSharePercent), TieStrength, "Asking share that caps a tie at medium", "When they asked you for something this share of the times they got in touch, and never offered help, the tie is at most medium.", 1, 100, "%", s => s.TakerAskSharePercent, (s, v) => s.TakerAskSharePercent = v),

        Fraction(nameof(CoachingSettings.DepthInPerson), ChannelDepth, "In person", "How much a face-to-face meeting counts, from 0 to 1.", s => s.DepthInPerson, (s, v) => s.DepthInPerson = v),
        Fraction(nameof(CoachingSettings.DepthPhone), ChannelDepth, "Phone", "How much a phone call counts, from 0 to 1.", s => s.DepthPhone, (s, v) => s.DepthPhone = v),
        Fraction(nameof(CoachingSettings.DepthVideoCall), ChannelDepth, "Video call", "How much a video call counts, from 0 to 1.", s => s.DepthVideoCall, (s, v) => s.DepthVideoCall = v),
        Fraction(nameof(CoachingSettings.DepthEvent), ChannelDepth, "Event", "How much meeting at an event counts, from 0 to 1.", s => s.DepthEvent, (s, v) => s.DepthEvent = v),
        Fraction(nameof(CoachingSettings.DepthLetter), ChannelDepth, "Letter", "How much a letter counts, from 0 to 1.", s => s.DepthLetter, (s, v) => s.DepthLetter = v),
        Fraction(nameof(CoachingSettings.DepthEmail), ChannelDepth, "Email", "How much an email exchange counts, from 0 to 1.", s => s.DepthEmail, (s, v) => s.DepthEmail = v),
        Fraction(nameof(CoachingSettings.DepthText), ChannelDepth, "Text message", "How much a text message counts, from 0 to 1.", s => s.DepthText, (s, v) => s.DepthText = v),
        Fraction(nameof(CoachingSettings.DepthLinkedIn), ChannelDepth, "LinkedIn message", "How much a LinkedIn message counts, from 0 to 1.", s => s.DepthLinkedIn, (s, v) => s.DepthLinkedIn = v),

        Whole(nameof(CoachingSettings.CadenceStrongDays), Cadence, "Strong ties: keep in touch every", "Days between contacts before a strong tie counts as neglected.", 1, 3650, "days", s => s.CadenceStrongDays, (s, v) => s.CadenceStrongDays = v),
        Whole(nameof(CoachingSettings.CadenceMediumDays), Cadence, "Medium ties: keep in touch every", "Days between contacts before a medium tie counts as neglected.", 1, 3650, "days", s => s.CadenceMediumDays, (s, v) => s.CadenceMediumDays = v),
        Whole(nameof(CoachingSettings.CadenceWeakDays), Cadence, "Weak ties: keep in touch every", "Days between contacts before a weak tie counts as neglected.", 1, 3650, "days", s => s.CadenceWeakDays, (s, v) => s.CadenceWeakDays = v),
        Whole(nameof(CoachingSettings.CadenceDormantDays), Cadence, "Dormant ties: reconnect every", "Days between contacts before a dormant tie is suggested for reconnecting.", 1, 3650, "days", s => s.CadenceDormantDays, (s, v) => s.CadenceDormantDays = v),

        Whole(nameof(CoachingSettings.ReplyWaitDays), Persistence, "Wait for a reply", "A message you sent counts as unanswered only once this many days have passed without a reply.", 0, 90, "days", s => s.ReplyWaitDays, (s, v) => s.ReplyWaitDays = v),
        Whole(nameof(CoachingSettings.PersistenceWarnWindowDays), Persistence, "Warning window", "Unanswered messages within this many days count towards the warning.", 1, 365, "days", s => s.PersistenceWarnWindowDays, (s, v) => s.PersistenceWarnWindowDays = v),
        Whole(nameof(CoachingSettings.PersistenceWarnCount), Persistence, "Unanswered messages that warn", "Sending this many unanswered messages within the warning window, counting the new one, warns.", 2, 20, "messages", s => s.PersistenceWarnCount, (s, v) => s.PersistenceWarnCount = v),
        Whole(nameof(CoachingSettings.PersistenceBlockWindowDays), Persistence, "Blocking window", "Unanswered messages within this many days count towards the block.", 1, 365, "days", s => s.PersistenceBlockWindowDays, (s, v) => s.PersistenceBlockWindowDays = v),
        Whole(nameof(CoachingSettings.PersistenceBlockCount), Persistence, "Unanswered messages that block", "Sending this many unanswered messages within the blocking window, counting the new one, is blocked.", 2, 20, "messages", s => s.PersistenceBlockCount, (s, v) => s.PersistenceBlockCount = v),

        Whole(nameof(CoachingSettings.ReconnectSilenceMonths), Asking, "Silence before an ask needs a reconnect", "After this many months without a real conversation, reconnect before asking for anything.", 1, 120, "months", s => s.ReconnectSilenceMonths, (s, v) => s.ReconnectSilenceMonths = v),
        Whole(nameof(CoachingSettings.AllowedAskSurplus), Asking, "Asks allowed beyond gives", "How many more asks than gives (help offered, introductions, thank-yous) before asking again warns.", 0, 20, "asks", s => s.AllowedAskSurplus, (s, v) => s.AllowedAskSurplus = v),
        Whole(nameof(CoachingSettings.JobAskMinConversations), Asking, "Conversations before a job ask", "A job ask is blocked to anyone you have had fewer real two-way conversations with than this, whatever the tier.", 1, 100, "conversations", s => s.JobAskMinConversations, (s, v) => s.JobAskMinConversations = v),
        Whole(nameof(CoachingSettings.JobAskMinKnownDays), Asking, "Known before a job ask", "A job ask is blocked to anyone you have known for fewer days than this, whatever the tier.", 0, 3650, "days", s => s.JobAskMinKnownDays, (s, v) => s.JobAskMinKnownDays = v),

        Whole(nameof(CoachingSettings.MeetingReviewDays), Meetings, "Meetings reviewed", "Past meetings within this many days are checked for purpose, agenda and names gained.", 1, 365, "days", s => s.MeetingReviewDays, (s, v) => s.MeetingReviewDays = v),
        Whole(nameof(CoachingSettings.NamesGainedGoal), Meetings, "Names to gain per meeting", "A good networking meeting yields this many new names.", 0, 20, "names", s => s.NamesGainedGoal, (s, v) => s.NamesGainedGoal = v),
        Whole(nameof(CoachingSettings.OnlineOnlyMinTouchpoints), Meetings, "Online-only after", "After this many touchpoints that were all email, LinkedIn or text, suggest a call or coffee.", 1, 100, "touchpoints", s => s.OnlineOnlyMinTouchpoints, (s, v) => s.OnlineOnlyMinTouchpoints = v),

        Whole(nameof(CoachingSettings.ThankYouDays), FollowThrough, "Send a thank-you within", "Days after a meeting or a referral by which a thank-you should go out.", 0, 60, "days", s => s.ThankYouDays, (s, v) => s.ThankYouDays = v),
        Whole(nameof(CoachingSettings.ThankYouReviewDays), FollowThrough, "Thank-yous looked for", "Meetings and referrals older than this many days are no longer checked for a thank-you.", 1, 365, "days", s => s.ThankYouReviewDays, (s, v) => s.ThankYouReviewDays = v),
        Whole(nameof(CoachingSettings.ReferralContactDays), FollowThrough, "Contact a suggested name within", "Days after a name is suggested by which you should contact them.", 1, 365, "days", s => s.ReferralContactDays, (s, v) => s.ReferralContactDays = v),
        Whole(nameof(CoachingSettings.ReferralReportBackDays), FollowThrough, "Tell the referrer the outcome within", "Days after meeting a referred person by which you should tell the referrer how it went.", 1, 365, "days", s => s.ReferralReportBackDays, (s, v) => s.ReferralReportBackDays = v),
    ];

    private static readonly Dictionary<string, CoachingSettingDescriptor> s_byKey =
        All.ToDictionary(d => d.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor for a key, or null when there is none.</summary>
    public static CoachingSettingDescriptor? Find(string key) => s_byKey.GetValueOrDefault(key);

    /// <summary>The settings as key/value text, invariant culture, for storage.</summary>
    public static IReadOnlyDictionary<string, string> ToStrings(CoachingSettings settings)
    {
        var values = new Dictionary<string, string>(All.Count, StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            values[descriptor.Key] = descriptor.Read(settings).ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>
    /// Settings from stored key/value text. Unknown keys and unreadable values are ignored so a
    /// stale or hand-edited store never stops the app; those settings keep their defaults.
    /// </summary>
    public static CoachingSettings FromStrings(IEnumerable<KeyValuePair<string, string>> values)
    {
        var settings = new CoachingSettings();
        foreach (var (key, text) in values)
        {
            var descriptor = Find(key);
            if (descriptor is not null
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value))
            {
                descriptor.Write(settings, value);
            }
        }

        return settings;
    }

    private static CoachingSettingDescriptor Whole(
        string key, string group, string label, string description, int min, int max, string unit,
        Func<CoachingSettings, int> read, Action<CoachingSettings, int> write) =>
        new(key, group, label, description, read(s_defaults), min, max, unit, true,
            s => read(s), (s, v) => write(s, (int)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), int.MinValue, int.MaxValue)));

    private static CoachingSettingDescriptor Fraction(
        string key, string group, string label, string description,
        Func<CoachingSettings, double> read, Action<CoachingSettings, double> write) =>
        new(key, group, label, description, read(s_defaults), 0, 1, "", false, read, write);
}
