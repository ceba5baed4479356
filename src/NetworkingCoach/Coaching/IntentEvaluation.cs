using System.Globalization;
using System.Text;

namespace NetworkingCoach.Coaching;

/// <summary>Figures of a classifier on a labelled set: job-ask recall and precision, accuracy over all intents, the confusion matrix.</summary>
public sealed class IntentEvaluation
{
    private static readonly MessageIntent[] s_order =
    [
        MessageIntent.JobAsk, MessageIntent.Advice, MessageIntent.KeepInTouch, MessageIntent.ThankYou,
        MessageIntent.OfferHelp, MessageIntent.Introduction, MessageIntent.Other,
    ];

    private readonly int[,] _matrix = new int[7, 7];

    public IntentEvaluation(IEnumerable<(MessageIntent Actual, MessageIntent Predicted)> pairs)
    {
        foreach (var (actual, predicted) in pairs)
        {
            _matrix[(int)actual, (int)predicted]++;
            Count++;
            Correct += actual == predicted ? 1 : 0;
        }
    }

    public int Count { get; }
    public int Correct { get; }
    public double Accuracy => Count == 0 ? 0 : Correct / (double)Count;
    public int JobAsks => Row(MessageIntent.JobAsk);
    public int JobAsksCaught => _matrix[(int)MessageIntent.JobAsk, (int)MessageIntent.JobAsk];
    public int ReadAsJobAsk => Column(MessageIntent.JobAsk);
    public double JobAskRecall => JobAsks == 0 ? 0 : JobAsksCaught / (double)JobAsks;
    public double JobAskPrecision => ReadAsJobAsk == 0 ? 1 : JobAsksCaught / (double)ReadAsJobAsk;

    /// <summary>Evaluates a classifier over labelled messages.</summary>
    public static IntentEvaluation Of(IEnumerable<IntentCorpusMessage> messages, Func<string, MessageIntent> classify) =>
        new(messages.Select(m => (m.Label, classify(m.Text))));

    public int this[MessageIntent actual, MessageIntent predicted] => _matrix[(int)actual, (int)predicted];

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"job-ask recall {JobAskRecall:0.000} ({JobAsksCaught}/{JobAsks}), precision {JobAskPrecision:0.000} ({JobAsksCaught}/{ReadAsJobAsk}), accuracy {Accuracy:0.000} ({Correct}/{Count})");

    /// <summary>The confusion matrix as a Markdown table: rows are the labels, columns what was read.</summary>
    public string ConfusionMatrix()
    {
        var builder = new StringBuilder();
        builder.Append("| label \\ read as |");
        foreach (var intent in s_order)
        {
            builder.Append(' ').Append(intent.ToCode()).Append(" |");
        }

        builder.Append(" recall |\n|---|");
        builder.Append(string.Concat(Enumerable.Repeat("---:|", s_order.Length + 1))).Append('\n');
        foreach (var actual in s_order)
        {
            builder.Append("| ").Append(actual.ToCode()).Append(" |");
            foreach (var predicted in s_order)
            {
                builder.Append(' ').Append(this[actual, predicted]).Append(" |");
            }

            var row = Row(actual);
            builder.Append(' ').Append(row == 0 ? "-" : (this[actual, actual] / (double)row).ToString("0.00", CultureInfo.InvariantCulture)).Append(" |\n");
        }

        return builder.ToString();
    }

    private int Row(MessageIntent actual) => s_order.Sum(p => this[actual, p]);

    private int Column(MessageIntent predicted) => s_order.Sum(a => this[a, predicted]);
}
