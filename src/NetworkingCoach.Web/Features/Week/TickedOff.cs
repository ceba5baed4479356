using NetworkingCoach.Domain;
using NetworkingCoach.Reminders;

namespace NetworkingCoach.Web.Features.Week;

/// <summary>The item last ticked off on the week page, where it stood in its group, and how it was logged (null for a meeting).</summary>
public sealed record TickedOff(ReminderItem Item, Channel? Channel, int Index);
