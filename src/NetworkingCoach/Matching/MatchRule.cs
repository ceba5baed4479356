namespace NetworkingCoach.Matching;

/// <summary>The rule that matched two records, strongest first.</summary>
public enum MatchRule
{
    /// <summary>A shared email address (case, Gmail dots and +tags ignored).</summary>
    Email,

    /// <summary>A shared phone number, compared in E.164.</summary>
    Phone,

    /// <summary>The same LinkedIn profile.</summary>
    LinkedIn,

    /// <summary>The same full name at the same company (or both without one), nothing contradicting it.</summary>
    NameAndCompany,

    /// <summary>The same full name, but a different or missing company, or contradicting emails, phones or profiles.</summary>
    SameNameOnly,

    /// <summary>Names one letter apart (a typo or a missing letter) at the same company.</summary>
    CloseSpelling,
}
