using System.Globalization;
using System.Reflection;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Settings;

/// <summary>
/// Stores settings objects as one row per property ("Group.Property"); a missing row means the
/// default from the type's initializer, so new settings need no migration.
/// </summary>
public sealed class SettingsService(IDbContextFactory<AppDbContext> factory, IServiceProvider services, ILogger<SettingsService> logger)
{
    public async Task<T> LoadAsync<T>(CancellationToken cancellationToken = default) where T : class, new()
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var prefix = Prefix<T>();
        var stored = await db.Settings.AsNoTracking().Where(s => s.Key.StartsWith(prefix)).ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var settings = new T();
        foreach (var property in Properties<T>())
        {
            if (stored.TryGetValue(prefix + property.Name, out var text) && TryParse(text, property.PropertyType, out var value))
            {
                property.SetValue(settings, value);
            }
            else if (stored.ContainsKey(prefix + property.Name))
            {
                logger.LogWarning("Ignoring unreadable setting {Key}={Value}; using the default", prefix + property.Name, text);
            }
        }

        return settings;
    }

    /// <summary>Validates and saves every property; values equal to the default are stored too, so the page shows what is in force.</summary>
    public async Task SaveAsync<T>(T settings, CancellationToken cancellationToken = default) where T : class, new()
    {
        if (services.GetService(typeof(IValidator<T>)) is IValidator<T> validator)
        {
            await validator.ValidateAndThrowAsync(settings, cancellationToken);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var prefix = Prefix<T>();
        var existing = await db.Settings.Where(s => s.Key.StartsWith(prefix)).ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var property in Properties<T>())
        {
            var key = prefix + property.Name;
            var value = Format(property.GetValue(settings));
            if (existing.TryGetValue(key, out var row))
            {
                row.Value = value;
            }
            else
            {
                db.Settings.Add(new Setting { Key = key, Value = value });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Saved settings {Group}", typeof(T).Name);
    }

    /// <summary>Forgets every stored value of the group, so the defaults apply again.</summary>
    public async Task ResetAsync<T>(CancellationToken cancellationToken = default) where T : class, new()
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var prefix = Prefix<T>();
        await db.Settings.Where(s => s.Key.StartsWith(prefix)).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Reset settings {Group} to defaults", typeof(T).Name);
    }

    private static string Prefix<T>() => typeof(T).Name + ".";

    private static IEnumerable<PropertyInfo> Properties<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite);

    private static string Format(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool TryParse(string text, Type type, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        value = null;
        if (text.Length == 0 && target != typeof(string))
        {
            return Nullable.GetUnderlyingType(type) is not null;
        }

        try
        {
            value = target.IsEnum ? Enum.Parse(target, text) : Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return false;
        }
    }
}
