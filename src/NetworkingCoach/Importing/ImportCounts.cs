namespace NetworkingCoach.Importing;

/// <summary>How many rows of a file are new people, merges, likely duplicates and errors.</summary>
public sealed record ImportCounts(int Rows, int New, int Merged, int LikelyDuplicates, int Errors)
{
    /// <summary>Contacts the import creates: new rows and likely duplicates.</summary>
    public int Created => New + LikelyDuplicates;
}
