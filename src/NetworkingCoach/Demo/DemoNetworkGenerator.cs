using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Demo;

/// <summary>
/// Builds a believable network of invented people with varied histories: close colleagues, fading
/// acquaintances, dormant ties, fresh LinkedIn connections, meetings that yielded names. Same seed, same network.
/// </summary>
public sealed class DemoNetworkGenerator(DateTime nowUtc, int seed = 20261121)
{
    private static readonly string[] s_firstNames =
    [
        "Amara", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ivan", "Jasmine", "Kwame", "Leila", "Mateo", "Nadia",
        "Oskar", "Priya", "Quentin", "Rosa", "Sanjay", "Tamsin", "Uri", "Valentina", "Wei", "Ximena", "Yusuf", "Zoë", "Aoife", "Bongani",
        "Carmen", "Daniel", "Esther", "Fintan", "Grace", "Hugo", "Ingrid", "José", "Keiko", "Luca", "Maya", "Niamh", "Olu", "Pablo",
        "Rachel", "Sofia", "Thabo", "Ulrike", "Viktor", "Wanjiru", "Yara", "Zeynep",
    ];

    private static readonly string[] s_lastNames =
    [
        "Okafor", "Lindqvist", "Núñez", "Petrov", "Yılmaz", "Haddad", "Pereira", "Sato", "Novak", "Chen", "Mensah", "Rahimi", "García",
        "Kowalski", "Berg", "Iyer", "Moreau", "Ødegaard", "Kapoor", "Whitfield", "Levi", "Rossi", "Zhang", "Ortega", "Demir", "Murphy",
        "Dlamini", "Fischer", "O'Brien", "Nakamura", "Schmidt", "Adeyemi", "Santos", "Keller", "Walsh", "Tanaka", "Novotná", "Brennan",
    ];

    private static readonly string[] s_companies =
    [
        "Northwind Analytics", "Bluefin Health", "Ardent Robotics", "Copperleaf Bank", "Lumen Learning Co", "Harbor Logistics",
        "Quill & Ink Publishing", "Solstice Energy", "Tessellate Design", "Vantage Insurance", "Meridian Retail", "Orbit Software",
        "Pinecrest University", "Redwood Consulting", "Silverline Media", "Atlas Manufacturing", "Brightwater Foods", "Cobalt Security",
        "Evergreen Nonprofit Alliance", "Fjord Payments",
    ];

    private static readonly string[] s_titles =
    [
        "Engineering Manager", "Senior Software Engineer", "Product Manager", "Data Scientist", "UX Researcher", "Head of Talent",
        "Technical Recruiter", "Director of Operations", "Marketing Lead", "Finance Analyst", "CTO", "Program Manager",
        "Customer Success Lead", "Professor of Computer Science", "Founder", "Staff Engineer", "HR Business Partner",
    ];

    private static readonly string[] s_cities = ["Dublin", "Berlin", "Toronto", "Austin", "Lisbon", "Nairobi", "Melbourne", "London", "Seattle", "Madrid"];

    private static readonly string[] s_howWeMet =
    [
        "Worked together at my last job", "University classmates", "Met at a product meetup", "Introduced by a friend",
        "LinkedIn connection", "Conference panel", "Volunteering at a hackathon", "Former manager", "Neighbour", "Alumni event",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Creates <paramref name="count"/> contacts with their touchpoints, and referrals among them.</summary>
    public DemoNetwork Generate(int count = 300)
    {
        var companies = s_companies.Select(name => new Company { Name = name, NormalizedName = ContactKeys.NormalizeName(name), CreatedAt = nowUtc }).ToList();
        var tags = new[] { "former colleague", "alumni", "recruiter", "mentor", "meetup", "target company" }
            .Select(name => new Tag { Name = name, NormalizedName = name })
            .ToList();
        var contacts = new List<Contact>(count);
        var usedNames = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            contacts.Add(CreateContact(i, companies, tags, usedNames));
        }

        var referrals = CreateReferrals(contacts);
        return new DemoNetwork(companies, tags, contacts, referrals);
    }

    private Contact CreateContact(int index, List<Company> companies, List<Tag> tags, HashSet<string> usedNames)
    {
        var name = UniqueName(index, usedNames);
        var company = _random.NextDouble() < 0.9 ? Pick(companies) : null;
        var kind = PickKind();
        var knownSince = DateOnly.FromDateTime(nowUtc.AddDays(-_random.Next(kind == Kind.Dormant ? 2_000 : 60, kind == Kind.Close ? 4_000 : 5_000)));
        var slug = ContactKeys.NormalizeName(name).Replace(' ', '-').Replace("'", "");
        var contact = new Contact
        {
            Name = name,
            Company = company,
            Title = Pick(s_titles),
            Location = Pick(s_cities),
            HowWeMet = kind == Kind.FreshLinkedIn ? "LinkedIn connection" : Pick(s_howWeMet),
            KnownSince = knownSince,
            Closeness = kind switch
            {
                Kind.Close => _random.Next(4, 6),
                Kind.Medium => _random.Next(2, 5),
                Kind.Weak => _random.NextDouble() < 0.5 ? 2 : null,
                _ => null,
            },
            LinkedInUrl = _random.NextDouble() < 0.8 ? $"https://www.linkedin.com/in/{slug}-{index}" : null,
            CreatedAt = nowUtc.AddDays(-_random.Next(1, 400)),
            UpdatedAt = nowUtc.AddDays(-_random.Next(0, 30)),
            Notes = kind == Kind.Close ? "Knows the hiring managers in the platform group." : null,
        };
        contact.LinkedInKey = ContactKeys.CanonicalLinkedInUrl(contact.LinkedInUrl);
        if (kind != Kind.FreshLinkedIn || _random.NextDouble() < 0.2)
        {
            var local = slug.Split('-')[0];
            var domain = company is null ? "example.org" : company.NormalizedName.Split(' ')[0].Replace("&", "") + ".example.com";
            var address = $"{local}.{index}@{domain}";
            contact.Emails.Add(new ContactEmail { Address = address, NormalizedAddress = ContactKeys.NormalizeEmail(address), Label = "work" });
        }

        if (kind is Kind.Close or Kind.Medium && _random.NextDouble() < 0.6)
        {
            contact.Phones.Add(new ContactPhone { Number = $"+353 87 {_random.Next(100, 999)} {_random.Next(1000, 9999)}", Label = "mobile" });
        }

        foreach (var tag in tags.Where(_ => _random.NextDouble() < 0.15).Take(2))
        {
            contact.Tags.Add(new ContactTag { Tag = tag });
        }

        contact.Touchpoints.AddRange(CreateHistory(kind));
        contact.SearchText = ContactSearchText.Build(contact.Name, company?.Name, contact.Emails.Select(e => e.NormalizedAddress));
        return contact;
    }

    private IEnumerable<Touchpoint> CreateHistory(Kind kind)
    {
        switch (kind)
        {
            case Kind.Close:
                for (var daysAgo = _random.Next(2, 20); daysAgo < 900; daysAgo += _random.Next(14, 50))
                {
                    yield return Touch(daysAgo, PickOf(Channel.InPerson, Channel.Phone, Channel.VideoCall, Channel.Text), PickOf(Direction.Mutual, Direction.TheyReachedOut, Direction.IReachedOut), PickIntent(), replied: true);
                }

                if (_random.NextDouble() < 0.5)
                {
                    yield return Meeting(_random.Next(3, 40));
                }

                break;
            case Kind.Medium:
                for (var daysAgo = _random.Next(30, 120); daysAgo < 700; daysAgo += _random.Next(60, 160))
                {
                    yield return Touch(daysAgo, PickOf(Channel.Email, Channel.VideoCall, Channel.LinkedIn, Channel.Event), PickOf(Direction.IReachedOut, Direction.TheyReachedOut), PickIntent(), replied: _random.NextDouble() < 0.7);
                }

                break;
            case Kind.Weak:
                if (_random.NextDouble() < 0.6)
                {
                    yield return Touch(_random.Next(200, 900), PickOf(Channel.LinkedIn, Channel.Email, Channel.Event), Direction.IReachedOut, TouchpointIntent.KeepInTouch, replied: _random.NextDouble() < 0.5);
                }

                if (_random.NextDouble() < 0.15)
                {
                    var followUp = Touch(_random.Next(3, 12), Channel.Email, Direction.IReachedOut, TouchpointIntent.AdviceRequest, replied: false);
                    followUp.FollowUpOn = DateOnly.FromDateTime(nowUtc.AddDays(_random.Next(-3, 6)));
                    yield return followUp;
                }

                break;
            case Kind.Dormant:
                yield return Touch(_random.Next(1_500, 4_500), PickOf(Channel.Email, Channel.Letter, Channel.Event), PickOf(Direction.Mutual, Direction.IReachedOut), TouchpointIntent.KeepInTouch, replied: true);
                break;
            case Kind.FreshLinkedIn:
                break;
        }
    }

    private Touchpoint Touch(int daysAgo, Channel channel, Direction direction, TouchpointIntent intent, bool replied)
    {
        var at = nowUtc.Date.AddDays(-daysAgo).AddHours(_random.Next(8, 19));
        return new Touchpoint
        {
            OccurredAt = at,
            Channel = channel,
            Direction = direction,
            Intent = intent,
            Replied = replied,
            Summary = intent switch
            {
                TouchpointIntent.AdviceRequest => "Asked how their team approaches hiring for senior roles.",
                TouchpointIntent.OfferHelp => "Shared an article on their industry and offered to review their deck.",
                TouchpointIntent.ThankYou => "Thanked them for the introduction.",
                TouchpointIntent.JobAsk => "Asked whether their team had any open roles.",
                TouchpointIntent.Introduction => "Introduced them to a former colleague.",
                _ => Pick(["Caught up over coffee.", "Quick check-in about family and work.", "Swapped notes on a conference.", "Congratulated them on the new role."]),
            },
            CreatedAt = at,
            UpdatedAt = at,
        };
    }

    private Touchpoint Meeting(int daysAgo)
    {
        var meeting = Touch(daysAgo, PickOf(Channel.InPerson, Channel.VideoCall), Direction.Mutual, TouchpointIntent.Meeting, replied: true);
        meeting.MeetingPurpose = "Learn how product teams in their sector are hiring this year";
        meeting.MeetingAgenda = _random.NextDouble() < 0.8 ? "Their path into the role\nWhat skills teams lack\nWho else I should talk to" : null;
        meeting.MeetingOutcome = "Useful view of the market; offered two names.";
        meeting.Summary = "Networking meeting over coffee.";
        return meeting;
    }

    private List<Referral> CreateReferrals(List<Contact> contacts)
    {
        var referrals = new List<Referral>();
        var referrers = contacts.Where(c => c.Touchpoints.Any(t => t.Intent == TouchpointIntent.Meeting)).ToList();
        var candidates = contacts.Where(c => c.Touchpoints.Count <= 1).ToList();
        var taken = new HashSet<Contact>();
        foreach (var referrer in referrers)
        {
            var meeting = referrer.Touchpoints.First(t => t.Intent == TouchpointIntent.Meeting);
            var names = _random.Next(0, 4);
            for (var n = 0; n < names && candidates.Count > 0; n++)
            {
                var referred = candidates[_random.Next(candidates.Count)];
                if (referred == referrer || !taken.Add(referred))
                {
                    continue;
                }

                var suggested = DateOnly.FromDateTime(meeting.OccurredAt);
                var status = (ReferralStatus)_random.Next(0, 4);
                referred.HowWeMet = $"Introduced by {referrer.Name}";
                referrals.Add(new Referral
                {
                    Referrer = referrer,
                    Referred = referred,
                    SourceTouchpoint = meeting,
                    Status = status,
                    SuggestedOn = suggested,
                    ContactedOn = status >= ReferralStatus.Contacted ? suggested.AddDays(3) : null,
                    MetOn = status >= ReferralStatus.Met ? suggested.AddDays(10) : null,
                    ThankedOn = status >= ReferralStatus.ThankedReportedBack ? suggested.AddDays(12) : null,
                    Note = "Works on the team I am most curious about.",
                    CreatedAt = meeting.OccurredAt,
                });
            }
        }

        return referrals;
    }

    private string UniqueName(int index, HashSet<string> used)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var name = $"{Pick(s_firstNames)} {Pick(s_lastNames)}";
            if (used.Add(name))
            {
                return name;
            }
        }

        var fallback = $"{Pick(s_firstNames)} {Pick(s_lastNames)}-{index}";
        used.Add(fallback);
        return fallback;
    }

    private Kind PickKind() => _random.NextDouble() switch
    {
        < 0.10 => Kind.Close,
        < 0.30 => Kind.Medium,
        < 0.60 => Kind.Weak,
        < 0.85 => Kind.Dormant,
        _ => Kind.FreshLinkedIn,
    };

    private TouchpointIntent PickIntent() => _random.NextDouble() switch
    {
        < 0.55 => TouchpointIntent.KeepInTouch,
        < 0.70 => TouchpointIntent.AdviceRequest,
        < 0.82 => TouchpointIntent.OfferHelp,
        < 0.92 => TouchpointIntent.ThankYou,
        < 0.96 => TouchpointIntent.Introduction,
        _ => TouchpointIntent.JobAsk,
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T PickOf<T>(params T[] items) => items[_random.Next(items.Length)];

    private enum Kind
    {
        Close,
        Medium,
        Weak,
        Dormant,
        FreshLinkedIn,
    }
}
