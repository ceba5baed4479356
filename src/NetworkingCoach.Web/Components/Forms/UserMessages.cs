using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Components.Forms;

/// <summary>
/// What a page shows for a failed action: the core's own words for refusals, plain words for a
/// save the store refused; anything else is a bug and goes to the error boundary.
/// </summary>
public static class UserMessages
{
    public static string? For(Exception exception) => exception switch
    {
        UserFacingException refusal => refusal.Message,
        _ => SaveFailures.Describe(exception),
    };
}
