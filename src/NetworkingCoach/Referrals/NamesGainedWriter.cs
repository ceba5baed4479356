using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Matching;

namespace NetworkingCoach.Referrals;

/// <summary>
/// Turns names gained at a meeting into contacts and referrals inside the caller's transaction:
/// the caller commits only when every name went through.
/// </summary>
internal static class NamesGainedWriter
{
    public static async Task<NameMatch> MatchAsync(AppDbContext db, NameGainedInput name, CancellationToken cancellationToken)
    {
        if (name.LinkToContactId is { } chosen)
        {
            var picked = await db.Contacts.Where(c => c.Id == chosen).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ContactNotFoundException(chosen);
            return new NameMatch(NameMatchKind.LinkExisting, chosen, picked, "chosen by you", []);
        }

        var matcher = await SamePersonMatcherLoader.LoadAsync(db, cancellationToken);
        var keys = matcher.Keys(name.Name, null, [name.Email], [], name.LinkedInUrl);
        var matches = await StoredPeople.MatchAsync(db, matcher, keys, null, cancellationToken);

        // An email or profile proves who it is; a name said at a meeting alone does not, so the user picks.
        if (matches.FirstOrDefault(m => m.Match.Rule is MatchRule.Email or MatchRule.Phone or MatchRule.LinkedIn) is { Person: not null } proven)
        {
            return new NameMatch(NameMatchKind.LinkExisting, proven.Person.Id, proven.Person.Name, proven.Match.Reason, []);
        }

        if (name.CreateNew || matches.Count == 0)
        {
            return NameMatch.Create;
        }

        var candidates = matches.Select(m => new DuplicateCandidate(m.Person.Id, m.Person.Name, m.Person.Company, m.Match.Reason, m.Match.Confidence)).ToList();
        return new NameMatch(NameMatchKind.ChooseCandidate, null, null, null, candidates);
    }

    /// <summary>Matches every name first (nothing is written if any needs a choice), then writes them one by one.</summary>
    public static async Task<IReadOnlyList<NameGainedOutcome>> WriteAsync(
        AppDbContext db, Touchpoint meeting, IReadOnlyList<NameGainedInput> names, DateOnly suggestedOn, DateTime now, CancellationToken cancellationToken)
    {
        var matches = new List<NameMatch>(names.Count);
        foreach (var name in names)
        {
            matches.Add(await MatchAsync(db, name, cancellationToken));
        }

        var undecided = matches.Select((m, i) => (m, i)).Where(x => x.m.Kind == NameMatchKind.ChooseCandidate).ToDictionary(x => x.i, x => x.m);
        if (undecided.Count > 0)
        {
            throw new NameChoiceNeededException(undecided);
        }

        var referrerName = await db.Contacts.Where(c => c.Id == meeting.ContactId).Select(c => c.Name).FirstAsync(cancellationToken);
        var outcomes = new List<NameGainedOutcome>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var match = matches[i];
            int contactId;
            string contactName;
            if (match.Kind == NameMatchKind.LinkExisting)
            {
                contactId = match.ContactId!.Value;
                contactName = match.ContactName!;
            }
            else
            {
                var contact = NewContact(name, referrerName, suggestedOn, now);
                db.Contacts.Add(contact);
                await db.SaveChangesAsync(cancellationToken);
                contactId = contact.Id;
                contactName = contact.Name;
            }

            if (contactId == meeting.ContactId)
            {
                throw new ReferralException($"{contactName} is the person you met; they cannot introduce themselves.");
            }

            if (await db.Referrals.AnyAsync(r => r.ReferrerId == meeting.ContactId && r.ReferredId == contactId, cancellationToken))
            {
                throw new ReferralException($"{referrerName} already introduced you to {contactName}.");
            }

            var referral = new Referral
            {
                ReferrerId = meeting.ContactId,
                ReferredId = contactId,
                SourceTouchpoint = meeting,
                Status = ReferralStatus.Suggested,
                SuggestedOn = suggestedOn,
                CreatedAt = now,
            };
            db.Referrals.Add(referral);
            await db.SaveChangesAsync(cancellationToken);
            outcomes.Add(new NameGainedOutcome(contactId, contactName, match.Kind == NameMatchKind.CreateNew, referral.Id));
        }

        return outcomes;
    }

    private static Contact NewContact(NameGainedInput name, string referrerName, DateOnly suggestedOn, DateTime now)
    {
        var contact = new Contact
        {
            Name = name.Name.Trim(),
            LinkedInUrl = Clean(name.LinkedInUrl),
            HowWeMet = $"Introduced by {referrerName}",
            KnownSince = suggestedOn,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (contact.HowWeMet.Length > FieldLimits.HowWeMet)
        {
            contact.HowWeMet = contact.HowWeMet[..FieldLimits.HowWeMet];
        }

        contact.LinkedInKey = ContactKeys.CanonicalLinkedInUrl(contact.LinkedInUrl);
        if (Clean(name.Email) is { } email)
        {
            contact.Emails.Add(new ContactEmail { Address = email, NormalizedAddress = ContactKeys.NormalizeEmail(email), Position = 0 });
        }

        contact.SearchText = ContactSearchText.Build(contact.Name, null, contact.Emails.Select(e => e.NormalizedAddress));
        return contact;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
