using System.Globalization;
using PhoneNumbers;

namespace NetworkingCoach.Matching;

/// <summary>The regions phone numbers can be read in, and the machine's own as the default.</summary>
public static class PhoneRegions
{
    /// <summary>Two-letter region codes libphonenumber knows, sorted.</summary>
    public static IReadOnlyList<string> Supported { get; } = PhoneNumberUtil.GetInstance().GetSupportedRegions().Order(StringComparer.Ordinal).ToList();

    /// <summary>The region of the machine's culture, or "" (international numbers only) when the culture has none.</summary>
    public static string FromCulture()
    {
        try
        {
            var region = new RegionInfo(CultureInfo.CurrentCulture.Name).TwoLetterISORegionName;
            return IsSupported(region) ? region : "";
        }
        catch (ArgumentException)
        {
            // The invariant culture names no region.
            return "";
        }
    }

    public static bool IsSupported(string? region) =>
        string.IsNullOrEmpty(region) || PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(region);
}
