namespace NetworkingCoach.Importing;

/// <summary>How far an import has got: rows handled and, for a file of known size, bytes read.</summary>
public sealed record ImportProgress(int Rows, long BytesRead, long? TotalBytes)
{
    /// <summary>From 0 to 1 when the size is known, otherwise null.</summary>
    public double? Fraction => TotalBytes is > 0 ? Math.Clamp((double)BytesRead / TotalBytes.Value, 0, 1) : null;
}
