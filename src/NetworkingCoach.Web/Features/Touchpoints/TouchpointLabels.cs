using Icons = MudBlazor.Icons;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Web.Features.Touchpoints;

/// <summary>Words and icons for channels, directions and intents, shared by forms and timelines.</summary>
public static class TouchpointLabels
{
    public sealed record Option<T>(T Value, string Text, string Icon);

    public static IReadOnlyList<Option<Channel>> Channels { get; } = Enum.GetValues<Channel>().Select(c => new Option<Channel>(c, Label(c), Icon(c))).ToList();
    public static IReadOnlyList<Option<Direction>> Directions { get; } = Enum.GetValues<Direction>().Select(d => new Option<Direction>(d, Label(d), "")).ToList();
    public static IReadOnlyList<Option<TouchpointIntent>> Intents { get; } = Enum.GetValues<TouchpointIntent>().Select(i => new Option<TouchpointIntent>(i, Label(i), "")).ToList();

    public static string Label(Channel channel) => channel switch
    {
        Channel.InPerson => "In person",
        Channel.Phone => "Phone",
        Channel.VideoCall => "Video call",
        Channel.Email => "Email",
        Channel.LinkedIn => "LinkedIn",
        Channel.Text => "Text message",
        Channel.Event => "Event",
        _ => "Letter",
    };

    /// <summary>The channel's icon, as MudBlazor icon markup.</summary>
    public static string Icon(Channel channel) => channel switch
    {
        Channel.InPerson => Icons.Material.Filled.Groups,
        Channel.Phone => Icons.Material.Filled.Call,
        Channel.VideoCall => Icons.Material.Filled.Videocam,
        Channel.Email => Icons.Material.Filled.Mail,
        Channel.LinkedIn => Icons.Material.Filled.Work,
        Channel.Text => Icons.Material.Filled.Sms,
        Channel.Event => Icons.Material.Filled.Event,
        _ => Icons.Material.Filled.Drafts,
    };

    public static string Label(Direction direction) => direction switch
    {
        Direction.IReachedOut => "I reached out",
        Direction.TheyReachedOut => "They reached out",
        _ => "Mutual",
    };

    public static string Label(TouchpointIntent intent) => intent switch
    {
        TouchpointIntent.KeepInTouch => "Keep in touch",
        TouchpointIntent.AdviceRequest => "Advice or information",
        TouchpointIntent.JobAsk => "Job ask / direct contact",
        TouchpointIntent.OfferHelp => "Offer help / give",
        TouchpointIntent.ThankYou => "Thank you",
        TouchpointIntent.Introduction => "Introduction",
        _ => "Meeting",
    };

    public static string Date(DateTime local) => local.ToString("d MMM yyyy");

    public static string DateTimeText(DateTime local) => local.ToString("d MMM yyyy, HH:mm");
}
