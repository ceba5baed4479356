using System.Collections;
using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace NetworkingCoach.Web.Components.Forms;

/// <summary>
/// Feeds a FluentValidation validator's messages into the form's EditContext, so each one shows
/// next to its field — the same validator the service runs before saving.
/// </summary>
public sealed class FluentValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribed;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Parameter, EditorRequired]
    public IValidator Validator { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidator)} must be placed inside an EditForm.");
        }

        if (ReferenceEquals(EditContext, _subscribed))
        {
            return;
        }

        Unsubscribe();
        _subscribed = EditContext;
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateAll;
        EditContext.OnFieldChanged += ValidateField;
    }

    /// <summary>Adds a message from outside the validator (e.g. a server-side refusal) next to a field.</summary>
    public void AddMessage(string propertyPath, string message)
    {
        if (_messages is null || EditContext is null)
        {
            return;
        }

        _messages.Add(ToFieldIdentifier(EditContext.Model, propertyPath), message);
        EditContext.NotifyValidationStateChanged();
    }

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e)
    {
        var result = Validate();
        _messages!.Clear();
        foreach (var error in result.Errors)
        {
            _messages.Add(ToFieldIdentifier(EditContext!.Model, error.PropertyName), error.ErrorMessage);
        }

        EditContext!.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var result = Validate();
        _messages!.Clear(e.FieldIdentifier);
        foreach (var error in result.Errors)
        {
            var field = ToFieldIdentifier(EditContext!.Model, error.PropertyName);
            if (field.Equals(e.FieldIdentifier))
            {
                _messages.Add(field, error.ErrorMessage);
            }
        }

        EditContext!.NotifyValidationStateChanged();
    }

    private FluentValidation.Results.ValidationResult Validate() =>
        Validator.Validate(new ValidationContext<object>(EditContext!.Model));

    // "Emails[1].Value" → (the second email object, "Value"), so messages reach fields inside lists.
    private static FieldIdentifier ToFieldIdentifier(object model, string propertyPath)
    {
        var target = model;
        var parts = propertyPath.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            target = Step(target, parts[i]) ?? target;
        }

        var last = parts[^1];
        var bracket = last.IndexOf('[');
        if (bracket >= 0)
        {
            // A message about a list item itself is shown against the list property.
            last = last[..bracket];
        }

        return new FieldIdentifier(target, last);
    }

    private static object? Step(object target, string part)
    {
        var bracket = part.IndexOf('[');
        var name = bracket >= 0 ? part[..bracket] : part;
        var value = target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(target);
        if (bracket < 0 || value is not IList list)
        {
            return value;
        }

        var index = int.Parse(part[(bracket + 1)..part.IndexOf(']')]);
        return index < list.Count ? list[index] : null;
    }

    public void Dispose() => Unsubscribe();

    private void Unsubscribe()
    {
        if (_subscribed is not null)
        {
            _subscribed.OnValidationRequested -= ValidateAll;
            _subscribed.OnFieldChanged -= ValidateField;
        }
    }
}
