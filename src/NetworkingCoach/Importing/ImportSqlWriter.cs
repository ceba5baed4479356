using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>
/// Inserts what an import creates with prepared statements on the import's own connection and transaction.
/// Tens of thousands of new rows through the change tracker cost several times more than the rows themselves.
/// Values are written in the formats EF Core's SQLite provider reads back. Ids are handed out here, after
/// the highest ever used (as AUTOINCREMENT would), again in every transaction (<see cref="Begin"/>): the
/// transaction holds the write lock, so nobody else can take them, and others may write between two of them.
/// </summary>
internal sealed class ImportSqlWriter : IDisposable
{
    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private readonly SqliteCommand _company;
    private readonly SqliteCommand _tag;
    private readonly SqliteCommand _contact;
    private readonly SqliteCommand _email;
    private readonly SqliteCommand _phone;
    private readonly SqliteCommand _contactTag;
    private readonly SqliteCommand _item;
    private readonly SqliteCommand _createdItems;
    private readonly SqliteConnection _connection;
    private int _nextCompanyId;
    private int _nextTagId;
    private int _nextContactId;

    public ImportSqlWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _createdItems = Prepare(connection, transaction,
            """
            INSERT INTO "ImportBatchItems" ("ImportBatchId", "ContactId", "Kind", "ContactVersionAfter", "Before")
            SELECT $p0, "Id", 0, "Version", NULL FROM "Contacts" WHERE "Id" BETWEEN $p1 AND $p2 ORDER BY "Id";
            """,
            3);
        _company = Prepare(connection, transaction,
            """INSERT INTO "Companies" ("Id", "Name", "NormalizedName", "CreatedAt") VALUES ($p0, $p1, $p2, $p3);""", 4);
        _tag = Prepare(connection, transaction,
            """INSERT INTO "Tags" ("Id", "Name", "NormalizedName") VALUES ($p0, $p1, $p2);""", 3);
        _contact = Prepare(connection, transaction,
            """
            INSERT INTO "Contacts" ("Id", "Name", "CompanyId", "Title", "Location", "HowWeMet", "KnownSince", "Closeness", "Notes", "LinkedInUrl",
                "LinkedInKey", "IsArchived", "CreatedAt", "UpdatedAt", "Version", "SearchText", "Birthday")
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, 0, $p11, $p12, 0, $p13, $p14);
            """,
            15);
        _email = Prepare(connection, transaction,
            """INSERT INTO "ContactEmails" ("ContactId", "Address", "NormalizedAddress", "Label", "Position") VALUES ($p0, $p1, $p2, $p3, $p4);""", 5);
        _phone = Prepare(connection, transaction,
            """INSERT INTO "ContactPhones" ("ContactId", "Number", "Label", "Position") VALUES ($p0, $p1, $p2, $p3);""", 4);
        _contactTag = Prepare(connection, transaction,
            """INSERT INTO "ContactTags" ("ContactId", "TagId") VALUES ($p0, $p1);""", 2);
        _item = Prepare(connection, transaction,
            """INSERT INTO "ImportBatchItems" ("ImportBatchId", "ContactId", "Kind", "ContactVersionAfter", "Before") VALUES ($p0, $p1, $p2, 0, $p3);""", 4);
    }

    /// <summary>The highest contact id handed out so far (0 before any).</summary>
    public int LastContactId { get; private set; }

    /// <summary>Writes in <paramref name="transaction"/> from now on, with ids after the highest used by anyone so far.</summary>
    public void Begin(SqliteTransaction transaction)
    {
        foreach (var command in Commands)
        {
            command.Transaction = transaction;
        }

        _nextCompanyId = NextId(_connection, transaction, "Companies");
        _nextTagId = NextId(_connection, transaction, "Tags");
        _nextContactId = NextId(_connection, transaction, "Contacts");
    }

    public void Insert(Company company)
    {
        company.Id = _nextCompanyId++;
        Execute(_company, company.Id, company.Name, company.NormalizedName, Format(company.CreatedAt));
    }

    public void Insert(Tag tag)
    {
        tag.Id = _nextTagId++;
        Execute(_tag, tag.Id, tag.Name, tag.NormalizedName);
    }

    /// <summary>Inserts the contact with its emails, phones and tags; its company and tags must have ids already.</summary>
    public void Insert(Contact contact)
    {
        contact.Id = _nextContactId++;
        LastContactId = contact.Id;
        Execute(
            _contact,
            contact.Id,
            contact.Name,
            contact.CompanyId,
            contact.Title,
            contact.Location,
            contact.HowWeMet,
            contact.KnownSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            contact.Closeness,
            contact.Notes,
            contact.LinkedInUrl,
            contact.LinkedInKey,
            Format(contact.CreatedAt),
            Format(contact.UpdatedAt),
            contact.SearchText,
            contact.Birthday?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var email in contact.Emails)
        {
            email.ContactId = contact.Id;
            Execute(_email, contact.Id, email.Address, email.NormalizedAddress, email.Label, email.Position);
        }

        foreach (var phone in contact.Phones)
        {
            phone.ContactId = contact.Id;
            Execute(_phone, contact.Id, phone.Number, phone.Label, phone.Position);
        }

        foreach (var tag in contact.Tags)
        {
            tag.ContactId = contact.Id;
            Execute(_contactTag, contact.Id, tag.TagId);
        }
    }

    public void Insert(ImportBatchItem item) =>
        Execute(_item, item.ImportBatchId, item.ContactId, (int)item.Kind, item.Before);

    /// <summary>Records a Created item for every contact with an id from <paramref name="firstId"/> to <paramref name="lastId"/>.</summary>
    public void InsertCreatedItems(int batchId, int firstId, int lastId) => Execute(_createdItems, batchId, firstId, lastId);

    public void Dispose()
    {
        foreach (var command in Commands)
        {
            command.Dispose();
        }
    }

    private SqliteCommand[] Commands => [_company, _tag, _contact, _email, _phone, _contactTag, _item, _createdItems];

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static int NextId(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT MAX(COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = '{table}'), 0), COALESCE((SELECT MAX("Id") FROM "{table}"), 0)) + 1
            """;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private (DateTime Value, string Text) _lastFormatted;

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
