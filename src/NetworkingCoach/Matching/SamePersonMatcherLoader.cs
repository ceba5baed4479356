using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Matching;

/// <summary>Builds the matcher with the phone region stored in the preferences (the machine's region by default).</summary>
public static class SamePersonMatcherLoader
{
    private const string RegionKey = nameof(PreferenceSettings) + "." + nameof(PreferenceSettings.PhoneRegion);

    public static async Task<SamePersonMatcher> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Settings.AsNoTracking().Where(s => s.Key == RegionKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return new SamePersonMatcher(stored is not null && PhoneRegions.IsSupported(stored) ? stored : PhoneRegions.FromCulture());
    }
}
