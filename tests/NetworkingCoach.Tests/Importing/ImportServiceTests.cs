using System.Text;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class ImportServiceTests
{
    private const string LinkedInHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    [Fact]
    public async Task A_LinkedIn_export_creates_contacts_with_known_since_and_no_touchpoints()
    {
        await using var store = await TestStore.CreateAsync();
        var result = await store.ImportTextAsync(
            "Notes:\n\"Some emails are missing.\"\n\n" + LinkedInHeader
            + "Ann,Archer,https://www.linkedin.com/in/ann-archer,ann@example.com,Acme,CTO,04 Sep 2025\n"
            + "José,Núñez,https://www.linkedin.com/in/jose-nunez,,Señal Labs,Engineer,7 Jan 2019\n");

        Assert.Equal(ImportFormatKind.LinkedIn, result.Format);
        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0), result.Counts);
        await using var db = store.CreateDbContext();
        var jose = await db.Contacts.Include(c => c.Company).SingleAsync(c => c.Name == "José Núñez");
        Assert.Equal(new DateOnly(2019, 1, 7), jose.KnownSince);
        Assert.Equal("Señal Labs", jose.Company!.Name);
        Assert.Equal("linkedin.com/in/jose-nunez", jose.LinkedInKey);
        Assert.Equal("josé núñez señal labs", jose.SearchText);
        Assert.Equal(0, await db.Touchpoints.CountAsync());
        var batch = await db.ImportBatches.Include(b => b.Items).SingleAsync();
        Assert.Equal(2, batch.CreatedCount);
        Assert.All(batch.Items, i => Assert.Equal(ImportItemKind.Created, i.Kind));
    }

    [Fact]
    public async Task Rows_with_errors_are_skipped_and_reported_with_their_line_and_problem()
    {
        await using var store = await TestStore.CreateAsync();
        var result = await store.ImportTextAsync(
            LinkedInHeader
            + "Ann,Archer,https://www.linkedin.com/in/ann-archer,ann@example.com,Acme,CTO,04 Sep 2025\n"
            + "Bad,Mail,https://www.linkedin.com/in/bad-mail,not-an-email,Acme,CTO,04 Sep 2025\n"
            + ",,https://www.linkedin.com/in/nobody,,Acme,CTO,04 Sep 2025\n"
            + "Cy,Late,https://www.linkedin.com/in/cy,,Acme,CTO,someday\n");

        Assert.Equal(new ImportCounts(4, 1, 0, 0, 3), result.Counts);
        Assert.Equal([3, 4, 5], result.Rejected.Select(r => r.LineNumber));
        Assert.Contains("\"not-an-email\" is not an email address", result.Rejected[0].Problem);
        Assert.Contains("No name.", result.Rejected[1].Problem);
        Assert.Contains("is not a date", result.Rejected[2].Problem);
        await using var db = store.CreateDbContext();
        Assert.Equal(["Ann Archer"], await db.Contacts.Select(c => c.Name).ToListAsync());

        using var csv = new MemoryStream();
        RejectedRowsCsv.Write(csv, result.Format, result.Headers, result.Rejected);
        var lines = Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("First Name,Last Name,URL,Email Address,Company,Position,Connected On,Line,Problem", lines[0]);
        Assert.StartsWith("Bad,Mail,https://www.linkedin.com/in/bad-mail,not-an-email,Acme,CTO,04 Sep 2025,3,", lines[1]);
        Assert.Equal(4, lines.Length);
    }

    public static TheoryData<string, byte[]> NastyFiles() => new()
    {
        { "empty", [] },
        { "header only", Encoding.UTF8.GetBytes(LinkedInHeader) },
        { "binary junk", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x13, 0x00, 0xFF, 0x00, 0x01, 0x02, 0x00, 0x7F, 0x00, 0x00] },
        { "unclosed quote after thousands of good rows", Encoding.UTF8.GetBytes(ManyLinkedInRows(5_000) + "Zed,\"Unclosed,https://www.linkedin.com/in/zed,,Acme,CTO,04 Sep 2025\n" + ManyLinkedInRows(10, header: false, first: 90_000)) },
        { "no recognisable columns", Encoding.UTF8.GetBytes("alpha,beta\n1,2\n") },
    };

    [Theory]
    [MemberData(nameof(NastyFiles))]
    public async Task A_rejected_file_leaves_the_database_unchanged(string description, byte[] content)
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportTextAsync(LinkedInHeader + "Ann,Archer,https://www.linkedin.com/in/ann-archer,ann@example.com,Acme,CTO,04 Sep 2025\n");
        var before = store.Dump(["Companies", "Tags", "Contacts", "ContactEmails", "ContactPhones", "ContactTags", "ImportBatches", "ImportBatchItems"]);
        var path = Path.Combine(store.Directory, "nasty.csv");
        await File.WriteAllBytesAsync(path, content);

        var error = await Assert.ThrowsAsync<ImportException>(() => store.ImportAsync(path));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), description);
        Assert.Equal(before, store.Dump(["Companies", "Tags", "Contacts", "ContactEmails", "ContactPhones", "ContactTags", "ImportBatches", "ImportBatchItems"]));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_creates_no_duplicates()
    {
        await using var store = await TestStore.CreateAsync();
        var path = store.WriteFile("Connections.csv", ManyLinkedInRows(300));
        var first = await store.ImportAsync(path);
        var afterFirst = store.Dump();

        var second = await store.ImportAsync(path);

        Assert.Equal(300, first.Counts.Created);
        Assert.Equal(new ImportCounts(300, 0, 300, 0, 0), second.Counts);
        Assert.Equal(afterFirst, store.Dump());
    }

    [Fact]
    public async Task The_same_person_twice_in_one_file_with_different_case_and_spacing_becomes_one_contact()
    {
        await using var store = await TestStore.CreateAsync();
        var result = await store.ImportTextAsync(
            "Name,Email,Phone,Company\n"
            + "Ann Archer,ann@example.com,+44 1,Acme\n"
            + "ann archer ,  ANN@Example.COM ,+44 2,\n");

        Assert.Equal(new ImportCounts(2, 1, 1, 0, 0), result.Counts);
        await using var db = store.CreateDbContext();
        var ann = await db.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync();
        Assert.Equal("Ann Archer", ann.Name);
        Assert.Single(ann.Emails);
        Assert.Equal(["+44 1", "+44 2"], ann.Phones.OrderBy(p => p.Position).Select(p => p.Number));
    }

    [Fact]
    public async Task Merging_fills_empty_fields_keeps_both_emails_and_never_overwrites_what_the_user_typed()
    {
        await using var store = await TestStore.CreateAsync();
        var id = await store.Contacts.CreateAsync(new ContactInput
        {
            Name = "Ann Archer",
            Title = "Typed by me",
            Emails = [new NetworkingCoach.Contacts.LabeledValue { Value = "ann@example.com" }],
        });

        var result = await store.ImportTextAsync(
            "Name,Email,Company,Title,Location,Tags\n"
            + "Annie A.,\"ANN@example.com; ann@home.example\",Acme,Imported title,London,Friends\n");

        Assert.Equal(new ImportCounts(1, 0, 1, 0, 0), result.Counts);
        var ann = (await store.Contacts.GetAsync(id))!;
        Assert.Equal("Ann Archer", ann.Name);
        Assert.Equal("Typed by me", ann.Title);
        Assert.Equal("Acme", ann.Company);
        Assert.Equal("London", ann.Location);
        Assert.Equal(["Friends"], ann.Tags);
        Assert.Equal(["ann@example.com", "ann@home.example"], ann.Emails.Select(e => e.Value));
        await using var db = store.CreateDbContext();
        Assert.Contains("ann@home.example", (await db.Contacts.SingleAsync()).SearchText);
        var item = await db.ImportBatchItems.SingleAsync();
        Assert.Equal(ImportItemKind.Merged, item.Kind);
        Assert.Equal(ann.Version, item.ContactVersionAfter);
        Assert.NotNull(ImportItemRecord.FromJson(item.Before).Contact);
    }

    [Fact]
    public async Task Same_name_and_company_is_merged_and_the_same_name_elsewhere_is_flagged_as_a_likely_duplicate()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.CreateAsync(new ContactInput { Name = "Sam Lee", Company = "Acme" });
        var path = store.WriteFile("people.csv", "Name,Company,Email\nSam  Lee,ACME,sam.other@example.com\nNew Person,Acme,\nSam Lee,Globex,\n");

        await using (var stream = File.OpenRead(path))
        {
            var preview = await store.Importer.PreviewAsync(stream, "people.csv");
            Assert.Equal(new ImportCounts(3, 1, 1, 1, 0), preview.Counts);
            var flagged = Assert.Single(preview.DuplicateRows);
            Assert.Equal(4, flagged.LineNumber);
            Assert.Contains("Sam Lee", flagged.Detail);
        }

        var result = await store.ImportAsync(path);

        Assert.Equal(1, result.Counts.LikelyDuplicates);
        Assert.Equal(2, result.Counts.Created);
        Assert.Equal(3, await store.Contacts.CountAsync());
    }

    [Fact]
    public async Task Rows_that_only_likely_match_can_be_skipped()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.CreateAsync(new ContactInput { Name = "Sam Lee", Company = "Acme" });

        var result = await store.ImportTextAsync("Name,Company\nSam Lee,Globex\nKatherine Lee,Initech\n", options: new ImportOptions { SkipLikelyMatches = true });

        Assert.Equal(new ImportCounts(2, 1, 0, 0, 0, Skipped: 1), result.Counts);
        Assert.Equal(2, await store.Contacts.CountAsync());
    }

    [Fact]
    public async Task Preview_counts_new_merges_duplicates_and_errors_without_writing()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportTextAsync(LinkedInHeader + "Ann,Archer,https://www.linkedin.com/in/ann-archer,,Acme,CTO,04 Sep 2025\n");
        var before = store.Dump(["Contacts", "ImportBatches"]);
        var path = store.WriteFile("Connections.csv", LinkedInHeader
            + "Ann,Archer,https://WWW.linkedin.com/in/Ann-Archer/?trk=x,,Acme,CTO,04 Sep 2025\n"
            + "Bo,Brown,https://www.linkedin.com/in/bo,,Acme,CTO,04 Sep 2025\n"
            + "Bad,Mail,https://www.linkedin.com/in/bad,bad@,Acme,CTO,04 Sep 2025\n");

        await using var stream = File.OpenRead(path);
        var preview = await store.Importer.PreviewAsync(stream, "Connections.csv");

        Assert.Equal(ImportFormatKind.LinkedIn, preview.Format);
        Assert.Equal(new ImportCounts(3, 1, 1, 0, 1), preview.Counts);
        Assert.Equal([ImportRowOutcome.Merge, ImportRowOutcome.New, ImportRowOutcome.Error], preview.FirstRows.Select(r => r.Outcome));
        Assert.Equal(4, Assert.Single(preview.ProblemRows).LineNumber);
        Assert.Equal(before, store.Dump(["Contacts", "ImportBatches"]));
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.VCard)]
    public async Task Export_then_import_into_a_fresh_database_gives_the_same_contacts(ExportFormat format)
    {
        await using var source = await TestStore.CreateAsync();
        foreach (var sample in new[] { "google-current.csv", "outlook-web.csv", "contacts-v30.vcf", "contacts-v21.vcf" })
        {
            await using var stream = Samples.Open(sample);
            await source.Importer.ImportAsync(stream, sample);
        }

        await source.Contacts.CreateAsync(new ContactInput
        {
            Name = "=Formula, \"Quoted\" Person",
            Company = "+Plus Co",
            HowWeMet = "-at a meetup",
            KnownSince = new DateOnly(2020, 2, 29),
            Closeness = 4,
            Notes = "Line one\nLine two",
            Tags = "@work, friends",
            Phones = [new NetworkingCoach.Contacts.LabeledValue { Value = "+44 20 7946 0999", Label = "Work" }],
        });
        var exported = await source.ExportAsync(format);
        await using var target = await TestStore.CreateAsync();
        var name = format == ExportFormat.Csv ? "export.csv" : "export.vcf";

        var result = await target.ImportAsync(target.WriteFile(name, exported));

        Assert.Equal(0, result.Counts.Errors);
        Assert.Equal(await source.Contacts.CountAsync(), await target.Contacts.CountAsync());
        Assert.Equal(exported, await target.ExportAsync(format));
    }

    [Fact]
    public async Task Undo_restores_the_exact_previous_state()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.CreateAsync(new ContactInput
        {
            Name = "Ann Archer",
            Title = "Typed by me",
            Tags = "Mentors",
            Emails = [new NetworkingCoach.Contacts.LabeledValue { Value = "ann@example.com" }],
            Phones = [new NetworkingCoach.Contacts.LabeledValue { Value = "+44 1" }],
        });
        await store.Contacts.CreateAsync(new ContactInput { Name = "Bo Brown", Company = "Old Co", LinkedInUrl = "https://www.linkedin.com/in/bo" });
        var before = store.Dump();

        var result = await store.ImportTextAsync(
            "Name,Email,Phone,Company,Title,LinkedIn,Tags,Notes\n"
            + "Ann A.,ann@example.com; ann@home.example,+44 2,New Co,Other,,Friends; Mentors,imported note\n"
            + "Bo Brown,bo@example.com,,,,https://linkedin.com/in/BO/,Fresh,\n"
            + "Cy Chen,cy@example.com,+1 555,Cy Corp,CTO,,Fresh; Brand New,\n");
        Assert.Equal(new ImportCounts(3, 1, 2, 0, 0), result.Counts);
        Assert.NotEqual(before, store.Dump());

        await store.Importer.UndoAsync(result.BatchId);

        Assert.Equal(before, store.Dump());
        var batch = Assert.Single(await store.Importer.ListBatchesAsync());
        Assert.NotNull(batch.UndoneAt);
        await Assert.ThrowsAsync<ImportUndoException>(() => store.Importer.UndoAsync(result.BatchId));
    }

    [Fact]
    public async Task Undo_is_refused_and_names_the_contacts_edited_since()
    {
        await using var store = await TestStore.CreateAsync();
        var result = await store.ImportTextAsync(LinkedInHeader
            + "Ann,Archer,https://www.linkedin.com/in/ann-archer,,Acme,CTO,04 Sep 2025\n"
            + "Bo,Brown,https://www.linkedin.com/in/bo,,Acme,CTO,04 Sep 2025\n");
        await using (var db = store.CreateDbContext())
        {
            var bo = await db.Contacts.SingleAsync(c => c.Name == "Bo Brown");
            var edit = (await store.Contacts.GetForEditAsync(bo.Id))!;
            edit.Input.Title = "Now a manager";
            await store.Contacts.UpdateAsync(bo.Id, edit.Input, edit.Version);
        }

        var before = store.Dump();

        var error = await Assert.ThrowsAsync<ImportUndoException>(() => store.Importer.UndoAsync(result.BatchId));

        Assert.Equal(["Bo Brown"], error.BlockingContacts);
        Assert.Contains("Bo Brown", error.Message);
        Assert.Equal(before, store.Dump());
        Assert.Null(Assert.Single(await store.Importer.ListBatchesAsync()).UndoneAt);
    }

    [Fact]
    public async Task Import_reports_progress_and_writes_a_large_file_in_one_batch()
    {
        await using var store = await TestStore.CreateAsync();
        var path = store.WriteFile("Connections.csv", ManyLinkedInRows(ImportService.ChunkSize * 2 + 10));
        var reports = new List<ImportProgress>();

        await using var stream = File.OpenRead(path);
        var result = await store.Importer.ImportAsync(stream, "Connections.csv", progress: new SynchronousProgress(reports.Add));

        Assert.Equal(ImportService.ChunkSize * 2 + 10, result.Counts.Created);
        Assert.True(reports.Count >= 3);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.Single(await store.Importer.ListBatchesAsync());
        await using var db = store.CreateDbContext();
        Assert.Equal(result.Counts.Created, await db.ImportBatchItems.CountAsync());
    }

    internal static string ManyLinkedInRows(int count, bool header = true, int first = 0)
    {
        var text = new StringBuilder(header ? LinkedInHeader : "");
        for (var i = first; i < first + count; i++)
        {
            text.Append($"Person{i},Surname{i},https://www.linkedin.com/in/person-{i},,Company {i % 500},Role {i % 40},{1 + (i % 28)} Mar 2021\n");
        }

        return text.ToString();
    }

    internal sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
