using Microsoft.AspNetCore.WebUtilities;
using NetworkingCoach.Contacts;
using NetworkingCoach.Exporting;

namespace NetworkingCoach.Web.Features.Contacts;

/// <summary>
/// Streams contacts as a download: <c>/export/contacts.csv</c> or <c>/export/contacts.vcf</c>, filtered like the
/// grid by <c>search</c>, <c>tag</c>, <c>archived</c>, <c>tier</c>, <c>flag</c> and <c>filter.Column</c> parameters (none: every contact).
/// </summary>
public static class ContactExportEndpoints
{
    private const string FilterPrefix = "filter.";

    public static void MapContactExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/contacts.csv", (HttpContext http, ContactExportService export) => WriteAsync(http, export, ExportFormat.Csv));
        app.MapGet("/export/contacts.vcf", (HttpContext http, ContactExportService export) => WriteAsync(http, export, ExportFormat.VCard));
    }

    /// <summary>The download address for what the grid shows now.</summary>
    public static string Url(ExportFormat format, ContactQuery query)
    {
        var parameters = new Dictionary<string, string?> { ["archived"] = query.Archived.ToString() };
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            parameters["search"] = query.Search;
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            parameters["tag"] = query.Tag;
        }

        if (query.Tier is { } tier)
        {
            parameters["tier"] = tier.ToString();
        }

        if (!string.IsNullOrWhiteSpace(query.FlagRuleId))
        {
            parameters["flag"] = query.FlagRuleId;
        }

        foreach (var (column, value) in query.ColumnFilters)
        {
            parameters[FilterPrefix + column] = value;
        }

        parameters["sort"] = query.SortBy.ToString();
        if (query.Descending)
        {
            parameters["desc"] = "true";
        }

        return QueryHelpers.AddQueryString(format == ExportFormat.VCard ? "export/contacts.vcf" : "export/contacts.csv", parameters);
    }

    private static async Task WriteAsync(HttpContext http, ContactExportService export, ExportFormat format)
    {
        var query = http.Request.Query;
        var filter = new ContactQuery
        {
            Search = query["search"],
            Tag = query["tag"],
            Archived = Enum.TryParse<ArchiveFilter>(query["archived"], ignoreCase: true, out var archived) ? archived : ArchiveFilter.All,
            Tier = Enum.TryParse<NetworkingCoach.Coaching.TieTier>(query["tier"], ignoreCase: true, out var tier) ? tier : null,
            FlagRuleId = string.IsNullOrWhiteSpace(query["flag"]) ? null : query["flag"].ToString(),
            ColumnFilters = query.Where(p => p.Key.StartsWith(FilterPrefix, StringComparison.Ordinal))
                .ToDictionary(p => p.Key[FilterPrefix.Length..], p => p.Value.ToString()),
            SortBy = Enum.TryParse<ContactSortField>(query["sort"], ignoreCase: true, out var sort) ? sort : ContactSortField.Name,
            Descending = query["desc"] == "true",
        };
        http.Response.ContentType = ContactExportService.ContentType(format) + "; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ContactExportService.FileName(format)}\"";
        await export.WriteAsync(http.Response.Body, format, filter, http.RequestAborted);
    }
}
