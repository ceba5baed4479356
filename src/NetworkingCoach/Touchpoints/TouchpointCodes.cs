using NetworkingCoach.Domain;

namespace NetworkingCoach.Touchpoints;

/// <summary>Stable snake_case codes for a touchpoint's channel, direction and intent, as typed on a command line.</summary>
public static class TouchpointCodes
{
    private static readonly Dictionary<string, Channel> s_channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["in_person"] = Channel.InPerson,
        ["phone"] = Channel.Phone,
        ["video"] = Channel.VideoCall,
        ["email"] = Channel.Email,
        ["linkedin"] = Channel.LinkedIn,
        ["text"] = Channel.Text,
        ["event"] = Channel.Event,
        ["letter"] = Channel.Letter,
    };

    private static readonly Dictionary<string, Direction> s_directions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["me"] = Direction.IReachedOut,
        ["them"] = Direction.TheyReachedOut,
        ["mutual"] = Direction.Mutual,
    };

    private static readonly Dictionary<string, TouchpointIntent> s_intents = new(StringComparer.OrdinalIgnoreCase)
    {
        ["keep_in_touch"] = TouchpointIntent.KeepInTouch,
        ["advice"] = TouchpointIntent.AdviceRequest,
        ["job_ask"] = TouchpointIntent.JobAsk,
        ["offer_help"] = TouchpointIntent.OfferHelp,
        ["thank_you"] = TouchpointIntent.ThankYou,
        ["introduction"] = TouchpointIntent.Introduction,
        ["meeting"] = TouchpointIntent.Meeting,
    };

    public static IEnumerable<string> ChannelCodes => s_channels.Keys;
    public static IEnumerable<string> DirectionCodes => s_directions.Keys;
    public static IEnumerable<string> IntentCodes => s_intents.Keys;

    public static bool TryParseChannel(string? code, out Channel channel) => s_channels.TryGetValue(code?.Trim() ?? "", out channel);

    public static bool TryParseDirection(string? code, out Direction direction) => s_directions.TryGetValue(code?.Trim() ?? "", out direction);

    public static bool TryParseIntent(string? code, out TouchpointIntent intent) => s_intents.TryGetValue(code?.Trim() ?? "", out intent);

    public static string ToCode(this Channel channel) => s_channels.First(p => p.Value == channel).Key;

    public static string ToCode(this Direction direction) => s_directions.First(p => p.Value == direction).Key;

    public static string ToCode(this TouchpointIntent intent) => s_intents.First(p => p.Value == intent).Key;
}
