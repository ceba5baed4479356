namespace NetworkingCoach.Coaching;

/// <summary>The intent model as loaded, or why it could not be: the classifier falls back to phrase cues then.</summary>
public sealed record IntentModelLoad(IntentModel? Model, string? Problem)
{
    /// <summary>The resource name of the model shipped inside the core library.</summary>
    public const string ResourceName = "NetworkingCoach.Coaching.intent-model.zip";

    private static readonly Lazy<IntentModelLoad> s_shipped = new(() =>
    {
        using var stream = typeof(IntentModelLoad).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? Missing("the app was built without it") : FromStream(stream);
    });

    /// <summary>The model shipped with the app, loaded on first use and then shared.</summary>
    public static IntentModelLoad Shipped => s_shipped.Value;

    public static IntentModelLoad FromFile(string path)
    {
        if (!File.Exists(path))
        {
            return Missing($"no file at {path}");
        }

        using var stream = File.OpenRead(path);
        return FromStream(stream);
    }

    public static IntentModelLoad FromStream(Stream stream)
    {
        try
        {
            return new IntentModelLoad(IntentModel.Load(stream), null);
        }
        catch (InvalidDataException ex)
        {
            return new IntentModelLoad(null, $"The intent model file is damaged: {ex.Message}");
        }
    }

    public static IntentModelLoad Missing(string why) => new(null, $"The intent model file is missing ({why}).");
}
