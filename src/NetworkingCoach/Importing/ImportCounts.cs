namespace NetworkingCoach.Importing;

/// <summary>How many rows of a file are new people, merges, likely duplicates, errors and likely matches skipped on request.</summary>
public sealed record ImportCounts(int Rows, int New, int Merged, int LikelyDuplicates, int Errors, int Skipped = 0)
{
    /// <summary>Contacts the import creates: new rows and likely duplicates.</summary>
    public int Created => New + LikelyDuplicates;
}
