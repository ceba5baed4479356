namespace NetworkingCoach.Touchpoints;

/// <summary>The touchpoint does not exist (any more).</summary>
public sealed class TouchpointNotFoundException(int id) : UserFacingException($"This touchpoint no longer exists; it may have been deleted.")
{
    public int TouchpointId { get; } = id;
}
