using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Tests.Coaching;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Contacts;

public class ContactInputValidatorTests
{
    private readonly ContactInputValidator _validator = new(new FixedTimeProvider(TestStore.Now));

    private static ContactInput Valid() => new()
    {
        Name = "José Núñez",
        Company = "Bluefin Health",
        LinkedInUrl = "https://www.linkedin.com/in/jose-nunez",
        Emails = [new LabeledValue { Value = "jose@bluefin.example", Label = "work" }],
        Phones = [new LabeledValue { Value = "+353 (87) 123-4567" }],
        Closeness = 4,
        KnownSince = new DateOnly(2019, 3, 1),
        Tags = "former colleague, mentor",
    };

    [Fact]
    public void A_complete_contact_is_valid() => Assert.True(_validator.Validate(Valid()).IsValid);

    [Fact]
    public void A_name_alone_is_enough() => Assert.True(_validator.Validate(new ContactInput { Name = "Zoë Ødegaard" }).IsValid);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_name_is_refused(string name)
    {
        var input = Valid();
        input.Name = name;

        var error = Assert.Single(_validator.Validate(input).Errors);
        Assert.Equal(nameof(ContactInput.Name), error.PropertyName);
        Assert.Equal("Enter a name.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("priya.raman@")]
    [InlineData("@example.com")]
    [InlineData("priya raman@example.com")]
    [InlineData("priya@example")]
    [InlineData("priya@@example.com")]
    [InlineData("priya@example..com")]
    public void A_malformed_email_is_refused_next_to_its_field(string email)
    {
        var input = Valid();
        input.Emails.Add(new LabeledValue { Value = email });

        var error = Assert.Single(_validator.Validate(input).Errors);
        Assert.Equal("Emails[1].Value", error.PropertyName);
        Assert.Contains("is not an email address", error.ErrorMessage);
    }

    [Theory]
    [InlineData(" Priya.Raman@Example.COM ")]
    [InlineData("first.last+jobs@sub.example.co.uk")]
    public void Well_formed_emails_pass(string email)
    {
        var input = Valid();
        input.Emails = [new LabeledValue { Value = email }];

        Assert.True(_validator.Validate(input).IsValid);
    }

    [Theory]
    [InlineData("linkedin.com/in/someone")]
    [InlineData("ftp://linkedin.com/in/someone")]
    [InlineData("not a url")]
    public void A_linkedin_url_must_be_a_full_web_address(string url)
    {
        var input = Valid();
        input.LinkedInUrl = url;

        Assert.Equal(nameof(ContactInput.LinkedInUrl), Assert.Single(_validator.Validate(input).Errors).PropertyName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Closeness_goes_from_one_to_five(int closeness)
    {
        var input = Valid();
        input.Closeness = closeness;

        Assert.Equal(nameof(ContactInput.Closeness), Assert.Single(_validator.Validate(input).Errors).PropertyName);
    }

    [Fact]
    public void Known_since_cannot_be_in_the_future()
    {
        var input = Valid();
        input.KnownSince = DateOnly.FromDateTime(TestStore.Now.UtcDateTime).AddDays(2);

        Assert.Equal(nameof(ContactInput.KnownSince), Assert.Single(_validator.Validate(input).Errors).PropertyName);
    }

    [Fact]
    public void A_birthday_cannot_be_in_the_future_or_before_1900_but_may_leave_out_its_year()
    {
        var input = Valid();
        input.Birthday = DateOnly.FromDateTime(TestStore.Now.UtcDateTime).AddDays(2);
        Assert.Equal("A birthday cannot be in the future.", Assert.Single(_validator.Validate(input).Errors).ErrorMessage);

        input.Birthday = new DateOnly(1850, 1, 1);
        Assert.Equal(nameof(ContactInput.Birthday), Assert.Single(_validator.Validate(input).Errors).PropertyName);

        input.Birthday = NetworkingCoach.Domain.Birthday.WithoutYear(2, 29);
        Assert.True(_validator.Validate(input).IsValid);
    }

    [Fact]
    public void Lengths_follow_the_shared_limits()
    {
        var input = Valid();
        input.Name = new string('a', FieldLimits.Name);
        Assert.True(_validator.Validate(input).IsValid);

        input.Name = new string('a', FieldLimits.Name + 1);
        Assert.Equal(nameof(ContactInput.Name), Assert.Single(_validator.Validate(input).Errors).PropertyName);
    }

    [Fact]
    public void Blank_email_and_phone_lines_are_allowed_and_ignored_on_save()
    {
        var input = Valid();
        input.Emails.Add(new LabeledValue { Value = " " });
        input.Phones.Add(new LabeledValue { Value = "" });

        Assert.True(_validator.Validate(input).IsValid);
    }

    [Fact]
    public void A_phone_number_with_letters_is_refused()
    {
        var input = Valid();
        input.Phones = [new LabeledValue { Value = "call me maybe" }];

        Assert.Equal("Phones[0].Value", Assert.Single(_validator.Validate(input).Errors).PropertyName);
    }

    [Fact]
    public void Tags_are_split_trimmed_and_deduplicated()
    {
        var input = new ContactInput { Tags = " mentor, Mentor ,,alumni " };

        Assert.Equal(["mentor", "alumni"], input.TagList());
    }
}
