using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using NetworkingCoach.Messages;
using NetworkingCoach.Web.Components.Forms;

namespace NetworkingCoach.Web.Tests.Components;

/// <summary>
/// The browser side (the pause timer and the guard on the box) is exercised by the fast-typing journeys;
/// these check what the server does with what the browser tells it.
/// </summary>
public sealed class PausedTextFieldTests : IAsyncDisposable
{
    private const string KeepTypedText = "networkingCoach.keepTypedText";
    private const string SetTypedText = "networkingCoach.setTypedText";

    private readonly BunitContext _context = ComponentContext.Create();
    private readonly List<string?> _handedOn = [];

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private IRenderedComponent<PausedTextField> Render(string? value = null, Func<string?, Task>? page = null, bool clearable = false) =>
        _context.Render<PausedTextField>(p => p
            .Add(x => x.Label, "Search")
            .Add(x => x.Value, value)
            .Add(x => x.Clearable, clearable)
            .Add(x => x.ValueChanged, text =>
            {
                _handedOn.Add(text);
                return page?.Invoke(text) ?? Task.CompletedTask;
            }));

    private static Task TypingPausesAsync(IRenderedComponent<PausedTextField> field, string text) =>
        field.InvokeAsync(() => field.Instance.TypingPausedAsync(text));

    private IReadOnlyList<object?> TextsSetInTheBrowser() =>
        _context.JSInterop.Invocations.Where(i => i.Identifier == SetTypedText).Select(i => i.Arguments[1]).ToList();

    [Fact]
    public async Task The_browser_keeps_the_box_and_the_page_gets_the_text_at_each_pause()
    {
        var field = _context.Render<PausedTextField>(p => p.Add(x => x.Label, "Message").Add(x => x.PauseMs, 400)
            .Add(x => x.ValueChanged, (string? text) => _handedOn.Add(text)));

        var keep = Assert.Single(_context.JSInterop.Invocations, i => i.Identifier == KeepTypedText);
        Assert.Equal(400, keep.Arguments[2]);
        await TypingPausesAsync(field, "Hi Dana");
        await TypingPausesAsync(field, "Hi Dana");
        await TypingPausesAsync(field, "Hi Dana, how");

        Assert.Equal(["Hi Dana", "Hi Dana, how"], _handedOn);
    }

    [Fact]
    public async Task A_key_typed_while_the_page_works_on_the_earlier_text_is_never_written_over()
    {
        var pageAtWork = new TaskCompletionSource();
        var field = Render(page: text => text == "Acm" ? pageAtWork.Task : Task.CompletedTask);

        var firstCheck = TypingPausesAsync(field, "Acm");
        await TypingPausesAsync(field, "Acme");
        // The page shows again with the text it was handed first, while the box already holds a later key.
        field.Render(p => p.Add(x => x.Value, "Acm"));
        pageAtWork.SetResult();
        await firstCheck;

        Assert.Equal(["Acm", "Acme"], _handedOn);
        Assert.Empty(TextsSetInTheBrowser());
        Assert.Equal("Acme", field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public async Task Leaving_the_field_hands_the_text_on_at_once_and_only_once()
    {
        var field = Render();

        field.Find("input").Change("Acme");
        field.WaitForAssertion(() => Assert.Equal(["Acme"], _handedOn));

        await TypingPausesAsync(field, "Acme");
        Assert.Equal(["Acme"], _handedOn);
    }

    [Fact]
    public async Task A_text_the_page_sets_itself_replaces_the_boxs_text_in_the_browser()
    {
        var field = Render("Hello");
        await TypingPausesAsync(field, "Hello th");

        field.Render(p => p.Add(x => x.Value, "Hi Dana, could I ask your advice?"));

        field.WaitForAssertion(() => Assert.Equal(["Hi Dana, could I ask your advice?"], TextsSetInTheBrowser()));
        Assert.Equal(["Hello th"], _handedOn);
    }

    [Fact]
    public async Task The_clear_button_empties_the_box_and_hands_on_the_empty_text()
    {
        var field = Render(clearable: true);
        await TypingPausesAsync(field, "Acme");

        field.Find("button[aria-label]").Click();

        field.WaitForAssertion(() => Assert.Equal([""], TextsSetInTheBrowser()));
        Assert.Equal(["Acme", ""], _handedOn);
    }

    [Fact]
    public async Task The_forms_message_shows_for_the_text_the_page_holds()
    {
        var input = new MessageInput { Body = "Hi" };
        var form = new EditContext(input);
        var validator = new MessageInputValidator();
        var messages = new ValidationMessageStore(form);
        form.OnFieldChanged += (_, e) =>
        {
            messages.Clear(e.FieldIdentifier);
            messages.Add(e.FieldIdentifier, validator.Validate(input).Errors.Where(x => x.PropertyName == e.FieldIdentifier.FieldName).Select(x => x.ErrorMessage));
            form.NotifyValidationStateChanged();
        };
        var field = _context.Render<PausedTextField>(p => p
            .AddCascadingValue(form)
            .Add(x => x.Label, "Message")
            .Add(x => x.Value, input.Body)
            .Add(x => x.For, () => input.Body)
            .Add(x => x.ValueChanged, (string? body) => input.Body = body ?? ""));
        Assert.DoesNotContain("Write the message first.", field.Markup);

        field.Find("input").Change("");
        field.WaitForAssertion(() => Assert.Contains("Write the message first.", field.Markup));
        Assert.Equal("true", field.Find("input").GetAttribute("aria-invalid"));

        await TypingPausesAsync(field, "Hi Dana");
        field.WaitForAssertion(() => Assert.DoesNotContain("Write the message first.", field.Markup));
    }
}
