namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>A browser window the tests look at the app through: a laptop screen or a phone held upright.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Screen Desktop = new("desktop", 1440, 900, IsPhone: false);

    public static readonly Screen Phone = new("phone", 390, 844, IsPhone: true);

    public static IReadOnlyList<Screen> All { get; } = [Desktop, Phone];

    public override string ToString() => Name;
}
