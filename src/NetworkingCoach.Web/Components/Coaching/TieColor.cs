namespace NetworkingCoach.Web.Components.Coaching;

/// <summary>A tier's fill and the text colour that reads on it.</summary>
public sealed record TieColor(string Fill, string Text)
{
    public string Style => $"background-color:{Fill};color:{Text}";
}
