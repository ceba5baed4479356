using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace NetworkingCoach.Web.Features.Referrals;

/// <summary>Draws the referral graph as server-rendered SVG, each node a link to the contact.</summary>
public partial class ReferralGraphSvg
{
    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // Razor reserves the <text> tag, so SVG text elements are written as encoded markup here.
    private static MarkupString Text(string? cssClass, double x, double y, string content) =>
        new($"<text{(cssClass is null ? "" : $" class=\"{cssClass}\"")} x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(content)}</text>");

    private static string Short(string name) => name.Length <= 20 ? name : name[..19] + "…";
}
