using NetworkingCoach.Domain;

namespace NetworkingCoach.Messages;

/// <summary>A message the user is drafting to one contact.</summary>
public class MessageInput
{
    public int? ContactId { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>What the user says the message is for; a message the coach reads as a job ask is judged as one anyway.</summary>
    public TouchpointIntent? ChosenIntent { get; set; }
}
