namespace NetworkingCoach.Tests.Coaching.TieCalibration;

/// <summary>One edition of labelled histories (a folder written at one time), split on its own.</summary>
public sealed record LabelledEdition(
    string Name,
    IReadOnlyList<LabelledHistory> All,
    IReadOnlyList<LabelledHistory> Calibration,
    IReadOnlyList<LabelledHistory> Test);
