using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Cli;

/// <summary>Finds the contact a command line names, by id or by one of its email addresses.</summary>
public static class CliContacts
{
    public static async Task<int?> FindAsync(IServiceProvider services, string who)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        if (int.TryParse(who, out var id))
        {
            return await db.Contacts.AnyAsync(c => c.Id == id) ? id : null;
        }

        var email = ContactKeys.NormalizeEmail(who);
        return await db.ContactEmails.Where(e => e.NormalizedAddress == email).Select(e => (int?)e.ContactId).FirstOrDefaultAsync();
    }
}
