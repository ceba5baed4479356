using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Tags and their keep-in-touch rhythm: everyone with the tag is due after that many days.</summary>
public sealed class TagService(IDbContextFactory<AppDbContext> factory, ILogger<TagService> logger)
{
    public async Task<IReadOnlyList<TagSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Tags.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TagSummary(t.Id, t.Name, t.CadenceDays, db.ContactTags.Count(ct => ct.TagId == t.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Sets or clears (null) a tag's rhythm; the contact's own rhythm still wins over it.</summary>
    public async Task SetCadenceAsync(int tagId, int? cadenceDays, CancellationToken cancellationToken = default)
    {
        if (cadenceDays is < FieldLimits.MinCadenceDays or > FieldLimits.MaxCadenceDays)
        {
            throw new ValidationException([new ValidationFailure(nameof(Tag.CadenceDays),
                $"Choose a rhythm between {FieldLimits.MinCadenceDays} and {FieldLimits.MaxCadenceDays} days, or leave it empty.")]);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Tags.Where(t => t.Id == tagId).ExecuteUpdateAsync(s => s.SetProperty(t => t.CadenceDays, cadenceDays), cancellationToken);
        if (changed == 0)
        {
            throw new KeyNotFoundException($"Tag {tagId} no longer exists.");
        }

        logger.LogInformation("Tag {TagId} keep-in-touch rhythm set to {CadenceDays}", tagId, cadenceDays);
    }
}
