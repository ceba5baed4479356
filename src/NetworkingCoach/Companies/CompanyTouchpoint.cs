using NetworkingCoach.Domain;

namespace NetworkingCoach.Companies;

/// <summary>A touchpoint with someone at a company; <see cref="OccurredAt"/> is UTC.</summary>
public sealed record CompanyTouchpoint(int Id, int ContactId, string ContactName, DateTime OccurredAt, Channel Channel, TouchpointIntent Intent, string? Summary, string? MeetingPurpose);
