using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetworkingCoach.Cli;

/// <summary>JSON as the CLI prints it: one compact object per line, snake_case names, readable non-ASCII.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}
