using NetworkingCoach.Coaching;

namespace NetworkingCoach.Web.Features.Messages;

/// <summary>Splits a text into plain and highlighted pieces at the classifier's cues.</summary>
public static class CueHighlighter
{
    public sealed record Piece(string Text, IntentCue? Cue);

    public static IReadOnlyList<Piece> Split(string text, IEnumerable<IntentCue> cues, MessageField field)
    {
        var pieces = new List<Piece>();
        var position = 0;
        foreach (var cue in cues.Where(c => c.Field == field).OrderBy(c => c.Start).ThenByDescending(c => c.Length))
        {
            if (cue.Start < position || cue.Start + cue.Length > text.Length)
            {
                continue;
            }

            if (cue.Start > position)
            {
                pieces.Add(new Piece(text[position..cue.Start], null));
            }

            pieces.Add(new Piece(text.Substring(cue.Start, cue.Length), cue));
            position = cue.Start + cue.Length;
        }

        if (position < text.Length)
        {
            pieces.Add(new Piece(text[position..], null));
        }

        return pieces;
    }
}
