namespace NetworkingCoach.Coaching;

/// <summary>Better first messages to offer when a job ask is blocked.</summary>
public static class MessageTemplates
{
    /// <summary>A short reconnecting note with no request in it.</summary>
    public static string ReconnectNote(string firstName) =>
        $"""
        Hi {firstName},

        It's been a long time, and I was thinking of you recently. How are you, and what are you working on these days? I'd love to hear your news.

        All the best,
        """;

    /// <summary>An advice request that explicitly asks for no job and invites names.</summary>
    public static string AdviceRequest(string firstName) =>
        $"""
        Hi {firstName},

        I'm exploring my next step and would value your perspective. Would you have 20 minutes for a call in the next few weeks? To be clear, I'm not asking for a job or a referral, just your advice, and, if anyone comes to mind, who else I might talk to.

        Thank you,
        """;
}
