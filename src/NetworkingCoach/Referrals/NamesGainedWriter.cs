using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

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

        var email = ContactKeys.NormalizeEmail(name.Email);
        if (email.Length > 0)
        {
            var byEmail = await db.ContactEmails.Where(e => e.NormalizedAddress == email)
                .Join(db.Contacts, e => e.ContactId, c => c.Id, (e, c) => new { c.Id, c.Name })
                .OrderBy(c => c.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (byEmail is not null)
            {
                return new NameMatch(NameMatchKind.LinkExisting, byEmail.Id, byEmail.Name, $"same email {email}", []);
            }
        }

        var linkedIn = ContactKeys.CanonicalLinkedInUrl(name.LinkedInUrl);
        if (linkedIn is not null)
        {
            var byLinkedIn = await db.Contacts.Where(c => c.LinkedInKey == linkedIn)
                .OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.Name })
                .FirstOrDefaultAsync(cancellationToken);
            if (byLinkedIn is not null)
            {
                return new NameMatch(NameMatchKind.LinkExisting, byLinkedIn.Id, byLinkedIn.Name, "same LinkedIn profile", []);
            }
        }

        if (name.CreateNew)
        {
            return NameMatch.Create;
        }

        var key = ContactKeys.NormalizeName(name.Name);
        var words = key.Split(' ');
        var (prefix, last) = (words[0], words[^1]);
        // SearchText begins with the lower-cased name, so its first word narrows in SQL and the exact key decides here.
        var candidates = (await db.Contacts.Where(c => c.SearchText.StartsWith(prefix) && c.SearchText.Contains(last))
                .Select(c => new { c.Id, c.Name, Company = c.Company == null ? null : c.Company.Name })
                .Take(200)
                .ToListAsync(cancellationToken))
            .Where(c => ContactKeys.NormalizeName(c.Name) == key)
            .Select(c => new DuplicateCandidate(c.Id, c.Name, c.Company, "same name"))
            .ToList();
        return candidates.Count == 0 ? NameMatch.Create : new NameMatch(NameMatchKind.ChooseCandidate, null, null, null, candidates);
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
