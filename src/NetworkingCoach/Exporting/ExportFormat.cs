namespace NetworkingCoach.Exporting;

/// <summary>The file formats contacts can be exported to.</summary>
public enum ExportFormat
{
    Csv = 0,
    VCard = 1,
}
