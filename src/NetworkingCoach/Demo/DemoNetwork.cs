using NetworkingCoach.Domain;

namespace NetworkingCoach.Demo;

/// <summary>A generated network, ready to be added to an empty database.</summary>
public sealed record DemoNetwork(IReadOnlyList<Company> Companies, IReadOnlyList<Tag> Tags, IReadOnlyList<Contact> Contacts, IReadOnlyList<Referral> Referrals);
