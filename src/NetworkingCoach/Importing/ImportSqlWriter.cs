using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>
/// Inserts what an import creates with statements prepared once on the import's own connection (<see cref="ImportStatement"/>),
/// in the transaction it has open. Tens of thousands of new rows through the change tracker, or even through one ADO.NET
/// command each, cost several times more than the rows themselves. Values are written in the formats EF Core's SQLite
/// provider reads back. Ids are handed out here, after the highest ever used (as AUTOINCREMENT would), again in every
/// transaction (<see cref="Begin"/>): the transaction holds the write lock, so nobody else can take them, and others may
/// write between two of them.
/// </summary>
internal sealed class ImportSqlWriter : IDisposable
{
    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private readonly ImportStatement _company;
    private readonly ImportStatement _tag;
    private readonly ImportStatement _contact;
    private readonly ImportStatement _email;
    private readonly ImportStatement _phone;
    private readonly ImportStatement _contactTag;
    private readonly ImportStatement _item;
    private readonly ImportStatement _createdItems;
    private readonly SqliteConnection _connection;
    private (DateTime Value, string Text) _lastFormatted;
    private long _nextCompanyId;
    private long _nextTagId;
    private long _nextContactId;

    public ImportSqlWriter(SqliteConnection connection)
    {
        _connection = connection;
        _createdItems = new(connection,
            """
            INSERT INTO "ImportBatchItems" ("ImportBatchId", "ContactId", "Kind", "ContactVersionAfter", "Before")
            SELECT ?1, "Id", 0, "Version", NULL FROM "Contacts" WHERE "Id" BETWEEN ?2 AND ?3 ORDER BY "Id";
            """);
        _company = new(connection, """INSERT INTO "Companies" ("Id", "Name", "NormalizedName", "CreatedAt") VALUES (?1, ?2, ?3, ?4);""");
        _tag = new(connection, """INSERT INTO "Tags" ("Id", "Name", "NormalizedName") VALUES (?1, ?2, ?3);""");
        _contact = new(connection,
            """
            INSERT INTO "Contacts" ("Id", "Name", "CompanyId", "Title", "Location", "HowWeMet", "KnownSince", "Closeness", "Notes", "LinkedInUrl",
                "LinkedInKey", "IsArchived", "CreatedAt", "UpdatedAt", "Version", "SearchText", "Birthday")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?13, 0, ?14, ?15);
            """);
        _email = new(connection, """INSERT INTO "ContactEmails" ("ContactId", "Address", "NormalizedAddress", "Label", "Position") VALUES (?1, ?2, ?3, ?4, ?5);""");
        _phone = new(connection, """INSERT INTO "ContactPhones" ("ContactId", "Number", "Label", "Position") VALUES (?1, ?2, ?3, ?4);""");
        _contactTag = new(connection, """INSERT INTO "ContactTags" ("ContactId", "TagId") VALUES (?1, ?2);""");
        _item = new(connection, """INSERT INTO "ImportBatchItems" ("ImportBatchId", "ContactId", "Kind", "ContactVersionAfter", "Before") VALUES (?1, ?2, ?3, 0, ?4);""");
    }

    /// <summary>The highest contact id handed out so far (0 before any).</summary>
    public int LastContactId { get; private set; }

    /// <summary>Writes from now on with ids after the highest used by anyone so far; called in every transaction.</summary>
    public void Begin()
    {
        _nextCompanyId = NextId("Companies");
        _nextTagId = NextId("Tags");
        _nextContactId = NextId("Contacts");
    }

    public void Insert(Company company)
    {
        company.Id = checked((int)_nextCompanyId++);
        _company.Bind(1, company.Id).Bind(2, company.Name).Bind(3, company.NormalizedName).Bind(4, Format(company.CreatedAt)).Run();
    }

    public void Insert(Tag tag)
    {
        tag.Id = checked((int)_nextTagId++);
        _tag.Bind(1, tag.Id).Bind(2, tag.Name).Bind(3, tag.NormalizedName).Run();
    }

    /// <summary>Inserts the contact with its emails, phones and tags; its company and tags must have ids already.</summary>
    public void Insert(Contact contact)
    {
        contact.Id = checked((int)_nextContactId++);
        LastContactId = contact.Id;
        _contact
            .Bind(1, contact.Id)
            .Bind(2, contact.Name)
            .Bind(3, contact.CompanyId)
            .Bind(4, contact.Title)
            .Bind(5, contact.Location)
            .Bind(6, contact.HowWeMet)
            .Bind(7, contact.KnownSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Bind(8, contact.Closeness)
            .Bind(9, contact.Notes)
            .Bind(10, contact.LinkedInUrl)
            .Bind(11, contact.LinkedInKey)
            .Bind(12, Format(contact.CreatedAt))
            .Bind(13, Format(contact.UpdatedAt))
            .Bind(14, contact.SearchText)
            .Bind(15, contact.Birthday?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Run();
        foreach (var email in contact.Emails)
        {
            email.ContactId = contact.Id;
            _email.Bind(1, contact.Id).Bind(2, email.Address).Bind(3, email.NormalizedAddress).Bind(4, email.Label).Bind(5, email.Position).Run();
        }

        foreach (var phone in contact.Phones)
        {
            phone.ContactId = contact.Id;
            _phone.Bind(1, contact.Id).Bind(2, phone.Number).Bind(3, phone.Label).Bind(4, phone.Position).Run();
        }

        foreach (var tag in contact.Tags)
        {
            tag.ContactId = contact.Id;
            _contactTag.Bind(1, contact.Id).Bind(2, tag.TagId).Run();
        }
    }

    public void Insert(ImportBatchItem item) =>
        _item.Bind(1, item.ImportBatchId).Bind(2, item.ContactId).Bind(3, (int)item.Kind).Bind(4, item.Before).Run();

    /// <summary>Records a Created item for every contact with an id from <paramref name="firstId"/> to <paramref name="lastId"/>.</summary>
    public void InsertCreatedItems(int batchId, int firstId, int lastId) => _createdItems.Bind(1, batchId).Bind(2, firstId).Bind(3, lastId).Run();

    public void Dispose()
    {
        foreach (var statement in new[] { _company, _tag, _contact, _email, _phone, _contactTag, _item, _createdItems })
        {
            statement.Dispose();
        }
    }

    private long NextId(string table)
    {
        using var next = new ImportStatement(_connection,
            $"""
            SELECT MAX(COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = '{table}'), 0), COALESCE((SELECT MAX("Id") FROM "{table}"), 0)) + 1
            """);
        return next.Scalar();
    }

    // Every row of one import carries the same timestamp: format it once.
    private string Format(DateTime value)
    {
        if (_lastFormatted.Value != value || _lastFormatted.Text is null)
        {
            _lastFormatted = (value, value.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
        }

        return _lastFormatted.Text;
    }
}
