using System.Security.Cryptography;
using System.Text;

namespace NetworkingCoach.Accounts;

/// <summary>The one-time code that lets the first person create the owner account; printed to the console, never stored or logged, gone once used.</summary>
public sealed class SetupCode
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly Lock _gate = new();
    private byte[]? _hash;

    /// <summary>A new code such as "K7QD-M2XH-9PTR", replacing any earlier one.</summary>
    public string Issue()
    {
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var code = $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
        lock (_gate)
        {
            _hash = Hash(code);
        }

        return code;
    }

    public bool IsIssued
    {
        get
        {
            lock (_gate)
            {
                return _hash is not null;
            }
        }
    }

    /// <summary>True when the code matches (case and dashes aside); the comparison takes the same time whatever was typed.</summary>
    public bool Matches(string? typed)
    {
        lock (_gate)
        {
            return _hash is not null && typed is not null && CryptographicOperations.FixedTimeEquals(_hash, Hash(typed));
        }
    }

    /// <summary>Forgets the code once the owner exists.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _hash = null;
        }
    }

    private static byte[] Hash(string code) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant()));
}
