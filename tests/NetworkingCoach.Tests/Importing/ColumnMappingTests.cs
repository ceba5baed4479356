using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class ColumnMappingTests
{
    [Theory]
    [InlineData("Full name", ImportField.Name)]
    [InlineData("Name", ImportField.Name)]
    [InlineData("E-mail", ImportField.Email)]
    [InlineData("Email address", ImportField.Email)]
    [InlineData("Work email", ImportField.Email)]
    [InlineData("Mobile", ImportField.Phone)]
    [InlineData("Organisation", ImportField.Company)]
    [InlineData("Company", ImportField.Company)]
    [InlineData("Role", ImportField.Title)]
    [InlineData("Job title", ImportField.Title)]
    [InlineData("LinkedIn", ImportField.LinkedInUrl)]
    [InlineData("Profile URL", ImportField.LinkedInUrl)]
    [InlineData("City", ImportField.Location)]
    [InlineData("Notes", ImportField.Notes)]
    [InlineData("Tags", ImportField.Tags)]
    [InlineData("Favourite colour", ImportField.Ignore)]
    public void Column_names_are_guessed_into_fields(string header, ImportField expected)
    {
        Assert.Equal(expected, ColumnMapping.GuessField(header));
    }

    [Fact]
    public void The_string_form_round_trips_through_parse()
    {
        var mapping = ColumnMapping.Parse("Full name=Name,Mail=email, a=b=Notes");

        Assert.Equal(ImportField.Email, mapping["mail"]);
        Assert.Equal(ImportField.Notes, mapping["a=b"]);
        Assert.Equal(mapping.Targets, ColumnMapping.Parse(mapping.ToString()).Targets);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("Name=Nonsense")]
    [InlineData("Name=3")]
    public void Parse_rejects_malformed_entries_with_a_clear_message(string text)
    {
        var error = Assert.Throws<FormatException>(() => ColumnMapping.Parse(text));

        Assert.Contains("Name", error.Message);
    }

    [Fact]
    public void With_overrides_one_column_and_keeps_the_others()
    {
        var mapping = ColumnMapping.Guess(["Name", "Email"]).With("Email", ImportField.Ignore);

        Assert.Equal(ImportField.Name, mapping["Name"]);
        Assert.Equal(ImportField.Ignore, mapping["Email"]);
    }
}
