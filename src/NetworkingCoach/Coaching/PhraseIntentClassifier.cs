using System.Text.RegularExpressions;

namespace NetworkingCoach.Coaching;

/// <summary>
/// Finds the weighted phrase cues of each intent, explainably: every cue is reported with its position.
/// Job-ask cues that are negated ("I'm not asking for a job") or thanked for ("thanks for passing on my
/// resume") are discounted. The cues explain the learned model's verdict, catch unmistakable asks, and
/// decide alone when the model cannot be loaded. See docs/coaching-rules.md.
/// </summary>
public sealed class PhraseIntentClassifier
{
    /// <summary>A job-ask score at or above this is a job ask whatever else the message says.</summary>
    public const double JobAskScore = 3;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const string Cv = @"(?:resume|résumé|cv|c\.v\.|portfolio|profile|application|details|name)";
    private const string Negator = @"(?:\bnot\b|n't|\bno\b|\bnever\b)";

    // Priority when two intents score the same: the more specific purpose wins.
    private static readonly MessageIntent[] s_tieOrder =
    [
        MessageIntent.Introduction, MessageIntent.ThankYou, MessageIntent.OfferHelp, MessageIntent.Advice, MessageIntent.KeepInTouch,
    ];

    private static readonly Regex s_disclaimer = new(
        Negator + @"\s+(?:(?:asking|looking|after|seeking|requesting|expecting|hoping|trying|writing|reaching|out|here|to|get|for|about|you|a|an|any|feel|pressure|request)\s+){0,5}"
        + @"(?:job leads?|job requests?|job[- ]hunting|jobs?|referrals?|refer|positions?|roles?|openings?|vacanc(?:y|ies)|employment|hired)\b",
        Options);

    // "not sure", "no worries", "don't hesitate" do not negate what follows.
    private static readonly Regex s_negation = new(
        @"(?:\b(?:not|no|never)\b(?!\s+(?:sure|worries|problem|rush|doubt)\b)|n't\b(?!\s+(?:hesitate|mind)\b))", Options);

    private static readonly Regex s_gratitudePrefix = new(
        @"\b(?:thanks|thank\w*|grateful|cheers)\b[\w\s]{0,25}\bfor\s*$", Options);

    private static readonly CuePattern[] s_cues =
    [
        // Job asks and direct contact.
        Job(3, @"\b(?:are|is)\s+(?:you|you guys|you all|your (?:team|company|firm|group|department|organi[sz]ation)|they)\s+(?:still\s+|currently\s+)?hiring\b"),
        Job(2, @"\bis your (?:team|company|firm|group|department)\s+(?:still\s+)?looking for\b"),
        Job(3, @"\bany\s+(?:new\s+|open\s+|job\s+)?(?:openings?|vacanc(?:y|ies)|open (?:roles|positions|jobs)|positions?|roles|jobs?|job openings|leads on jobs)\b"),
        Job(3, @"\bhear (?:of|about) (?:any|anything)\b"),
        Job(3, @"\brefer me\b"),
        Job(3, @"\b(?:submit|make|put in)\s+a\s+referral\b|\ba referral for (?:me|the (?:role|job|position|opening))\b|\breferral for me\b"),
        Job(3, @"\bput in a (?:good|kind) word\b|\bput me forward\b"),
        Job(3, @"\b(?:recommend|endorse|nominate|consider|vouch for)\s+me\b"),
        Job(3, @"\b(?:pass(?:ing)?|forward(?:ing)?|send(?:ing)?|shar(?:e|ing)|get(?:ting)?|hand(?:ing)?|flag(?:ging)?)\s+(?:on\s+|along\s+)?(?:my|this)\s+(?:updated\s+)?" + Cv + @"\b"),
        Job(3, @"\bwhoever (?:handles|does|runs|is in charge of|looks after) (?:the )?(?:hiring|recruiting|recruitment)\b"),
        Job(2, @"\b(?:attached|attaching|enclos(?:ed|ing)) (?:is )?my (?:resume|résumé|cv)\b|\bmy (?:resume|résumé|cv) is (?:attached|enclosed)\b"),
        Job(3, @"\bi(?:'m| am|m)?\s+(?:currently\s+|now\s+|actively\s+)?(?:(?:looking|searching|hunting)\s+for|seeking)\s+(?:a\s+|an\s+|my\s+)?(?:new\s+|next\s+|full-time\s+)?(?:job|work|role|position|opportunit(?:y|ies)|employment)\b"),
        Job(2, @"\bi(?:'m| am)\s+(?:now\s+|currently\s+)?(?:job[- ]hunting|job[- ]searching|on the job market|between jobs|out of work|unemployed|open to (?:new )?(?:opportunities|roles|offers))\b"),
        Job(3, @"\b(?:get|land|find)\s+(?:me\s+)?(?:a job|an interview|hired|a position|a role)\b"),
        Job(3, @"\bhook me up\b"),
        Job(3, @"\b(?:opening|vacancy|position|place|role|opportunity|spot|job)s?\s+for\s+me\b|\bhave an? (?:opening|vacancy)\b"),
        Job(3, @"\b(?:position|role|job|opening)s?\s+(?:that\s+)?i\s+(?:could|can|might)\s+(?:apply for|fill)\b"),
        Job(3, @"\bhiring me\b|\bbe considered for\b"),
        Job(2, @"\bjoin your (?:team|company|firm|group)\b"),
        Job(3, @"\b(?:keep|have) me in mind\b|\bthink(?:ing)? of me (?:for|if|when)\b"),
        Job(2, @"\b(?:role|position|job|opening)s?\s+(?:opens|comes)\s+up\b|\bif anything (?:comes|opens) up\b"),
        Job(3, @"\bkeep an (?:ear|eye) out for (?:roles|jobs|openings|positions|opportunities|anything)\b"),
        Job(3, @"\banyone\s+(?:who(?:'s| is)\s+|that(?:'s| is)\s+)?hiring\b"),
        Job(3, @"\bintroduce me to (?:the|your) (?:hiring manager|recruiter|hr|hiring team)\b"),
        Job(1, @"\bhiring (?:manager|team)\b|\brecruiter\b"),
        Job(2, @"\bi(?:'d| would) be a (?:great|good|strong|perfect) fit\b"),
        Job(2, @"\b(?:apply|applying|applied)\s+(?:for|to)\b|\bvacanc(?:y|ies)\b"),
        Job(3, @"\bneed (?:a|some) (?:job|work)\b"),
        Job(2, @"\bcan i use your name\b|\bsend (?:them|anything|opportunities|leads) my way\b"),

        // Advice and information.
        Cue(MessageIntent.Advice, 2, @"\badvi(?:c|s)e\b"),
        Cue(MessageIntent.Advice, 2, @"\byour\s+(?:take|view|views|perspective|opinion|insights?|thoughts|input|experience)\b"),
        Cue(MessageIntent.Advice, 3, @"\bpick your brain\b|\binformational (?:interview|chat|call|meeting)\b"),
        Cue(MessageIntent.Advice, 1.5, @"\b(?:how|what) (?:did|do|would|should) (?:you|i)\b"),
        Cue(MessageIntent.Advice, 2, @"\bhow you (?:got|made|found|structured|became|moved|broke|built|chose)\b"),
        Cue(MessageIntent.Advice, 1.5, @"\b(?:could|can|would) you (?:tell|explain|share|give|recommend|suggest)\b"),
        Cue(MessageIntent.Advice, 2, @"\bwould you (?:suggest|recommend|do it again)\b|\bwho else\b|\bany (?:tips|pointers|suggestions|recommendations)\b"),
        Cue(MessageIntent.Advice, 2, @"\bin your (?:opinion|view|experience)\b"),
        Cue(MessageIntent.Advice, 1.5, @"\blearn (?:more )?about\b|\bhear how you\b"),
        Cue(MessageIntent.Advice, 2, @"\bi(?:'m| am) (?:exploring|researching|considering|trying to (?:understand|decide|learn))\b|\bcurious (?:how|about|what)\b"),
        Cue(MessageIntent.Advice, 1.5, @"\b(?:\d+|few|a few)\s+(?:minutes|questions)\b|\bask (?:you )?(?:a few |some )?questions\b"),
        Cue(MessageIntent.Advice, 2, @"\bis it worth\b|\bwhat skills\b|\ba typical day\b|\bbreak into\b"),
        Cue(MessageIntent.Advice, 1.5, @"\bbuy you a coffee\b|\bwhat (?:stands out|would you change)\b|\blooking over my\b|\bcareers? (?:in|paths?)\b"),
        Cue(MessageIntent.Advice, 2, @"\bdo you know anyone (?:in|at|who might|who could|working)\b|\bshare (?:some |your )?(?:insights?|experience)\b"),

        // Keeping in touch.
        Cue(MessageIntent.KeepInTouch, 3, @"\b(?:it's|it has) been (?:a while|ages|too long|a long time)\b|\blong time no (?:see|speak|talk)\b|\bhey stranger\b"),
        Cue(MessageIntent.KeepInTouch, 3, @"\bcongrat(?:s|ulations)\b|\bwell deserved\b|\bhappy (?:birthday|new year|holidays|anniversary)\b|\bmerry christmas\b|\bseason's greetings\b"),
        Cue(MessageIntent.KeepInTouch, 2, @"\bcatch(?:ing)? up\b|\bcaught up\b|\bstay in touch\b|\bkeep in touch\b|\bchecking in\b|\bsay (?:hello|hi)\b"),
        Cue(MessageIntent.KeepInTouch, 1.5, @"\bhow are (?:you|things)\b|\bhow(?:'s| is| has) (?:life|the|your|it|things|everything|work)\b|\bhope (?:you(?:'re| are)?|all is|things are|the)\b"),
        Cue(MessageIntent.KeepInTouch, 2, @"\bthinking of you\b|\bthought of you\b|\breminded me of\b|\bthought you'?d (?:enjoy|like|appreciate)\b"),
        Cue(MessageIntent.KeepInTouch, 1.5, @"\bsaw (?:that )?(?:your|you(?:'re| are)?)\b|\bread your\b|\bcame across\b|\bhear how it (?:goes|went)\b"),
        Cue(MessageIntent.KeepInTouch, 2, @"\bgood news\b|\bquick update\b|\bupdate from me\b|\bwhat are you up to\b|\bhow did (?:the|your) [\w\s-]{1,30}\bgo\b"),
        Cue(MessageIntent.KeepInTouch, 2, @"\bback in town\b|\bfancy a (?:drink|coffee)\b|\bbump(?:ed)? into\b|\b(?:great|lovely|good) to see you\b"),
        Cue(MessageIntent.KeepInTouch, 1, @"\bmust feel great\b|\bthoughtful piece\b|\bamazing\b|\bfantastic\b|\bany highlights\b|\bwent well\b"),

        // Thanks.
        Cue(MessageIntent.ThankYou, 2, @"\bthank(?:s| you|ing you)?\b"),
        Cue(MessageIntent.ThankYou, 1, @"\b(?:thanks|thank you|grateful)(?:\s+(?:so much|again|a million|a lot|very much|properly))?\s+for\b"),
        Cue(MessageIntent.ThankYou, 3, @"\bcheers for\b|\bowe you one\b"),
        Cue(MessageIntent.ThankYou, 1.5, @"\b(?:grateful|appreciated?|indebted)\b|\b(?:really |so )?helped me\b|\bwas (?:really |so |very )?helpful\b|\bmeant a lot\b|\bmade all the difference\b"),

        // Offers of help.
        Cue(MessageIntent.OfferHelp, 3, @"\bhappy to (?:help|read|share|introduce|connect|review|be a|make|pass|put|look)\b|\b(?:anything|something) i can do\b|\bi(?:'d| would) (?:love|be glad|be happy) to help\b|\bhow can i help\b|\bwould it help if\b"),
        Cue(MessageIntent.OfferHelp, 2.5, @"\bwould you like (?:me to|them|it|an intro)\b|\bwant me to\b|\bi can (?:share|ask around|introduce|connect|send|help|put you)\b"),
        Cue(MessageIntent.OfferHelp, 2, @"\bif you (?:ever )?need\b|\bperfect for you\b|\bthought you'?d want to know\b|\ba sounding board\b|\banother pair of eyes\b|\bvouch for you\b|\bpass your name\b|\bshare the posting\b"),
        Cue(MessageIntent.OfferHelp, 1.5, @"\b(?:glad|happy) to\b|\bcount me in\b|\bspare (?:tickets?|time)\b|\bin return\b|\bif (?:they'?d|it'?d|that'?s|it's) (?:be )?(?:useful|helpful)\b"),
        Cue(MessageIntent.OfferHelp, 1, @"\bhere's the link\b|\bhelp (?:with|test|fix)\b"),

        // Introductions.
        Cue(MessageIntent.Introduction, 3, @"\bintroduc(?:e|ing) (?:you|myself)\b|\ballow me to introduce\b|\bi(?:'d| would) like to introduce\b|\bdouble opt-in\b"),
        Cue(MessageIntent.Introduction, 3, @"\bconnecting you\b|\bconnect(?:ing)? you (?:two|both)\b|\bput(?:ting)? you in touch\b|\blooping in\b|\bto bcc\b"),
        Cue(MessageIntent.Introduction, 2.5, @"\bgave me your name\b|\bsuggested (?:that )?i (?:reach out|contact|get in touch|write)\b|\bfriend of \w+'s\b|\bthought we should (?:talk|meet)\b|\bthe person i mentioned\b|\bthanks for the intro\b|\bnice to meet you\b|\bcompare notes\b"),
        Cue(MessageIntent.Introduction, 2, @"\byou two\b|\byou both\b|\bhi both\b|\bshould know each other\b"),
        new(MessageIntent.Introduction, 2.5, new Regex(
            @"\b[Mm]eet (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+",
            RegexOptions.CultureInvariant | RegexOptions.Compiled)),
    ];

    /// <summary>Classifies a message with no subject.</summary>
    public IntentClassification Classify(string? body) => Classify(null, body);

    /// <summary>Classifies a message from its subject and body together; cues say which field they are in.</summary>
    public IntentClassification Classify(string? subject, string? body)
    {
        var cues = new List<IntentCue>();
        if (!string.IsNullOrEmpty(subject))
        {
            Collect(subject, MessageField.Subject, cues);
        }

        if (!string.IsNullOrEmpty(body))
        {
            Collect(body, MessageField.Body, cues);
        }

        var scores = new Dictionary<MessageIntent, double>();
        foreach (var intent in Enum.GetValues<MessageIntent>())
        {
            scores[intent] = 0;
        }

        foreach (var cue in cues)
        {
            if (!cue.Discounted)
            {
                scores[cue.Intent] += cue.Weight;
            }
        }

        var (intent1, confidence) = Decide(scores);
        cues.Sort((a, b) => a.Field != b.Field ? b.Field.CompareTo(a.Field) : a.Start.CompareTo(b.Start));
        return new IntentClassification(intent1, confidence, cues, scores);
    }

    private static (MessageIntent Intent, double Confidence) Decide(Dictionary<MessageIntent, double> scores)
    {
        var total = 0.0;
        foreach (var value in scores.Values)
        {
            total += value;
        }

        var best = MessageIntent.Other;
        var bestScore = 0.0;
        foreach (var intent in s_tieOrder)
        {
            if (scores[intent] > bestScore)
            {
                best = intent;
                bestScore = scores[intent];
            }
        }

        // A job ask rides along with pleasantries and thanks, so a clear one wins outright.
        var job = scores[MessageIntent.JobAsk];
        if (job >= JobAskScore || (job > 0 && job >= bestScore))
        {
            best = MessageIntent.JobAsk;
            bestScore = job;
        }

        if (bestScore == 0)
        {
            return (MessageIntent.Other, 0.5);
        }

        // Share of all evidence, damped when the evidence itself is thin.
        var confidence = bestScore / total * Math.Min(1.0, bestScore / JobAskScore);
        return (best, Math.Round(confidence, 2));
    }

    private static void Collect(string original, MessageField field, List<IntentCue> cues)
    {
        var text = Normalize(original);
        var disclaimers = new List<(int Start, int End)>();
        foreach (Match m in s_disclaimer.Matches(text))
        {
            disclaimers.Add((m.Index, m.Index + m.Length));
            cues.Add(new IntentCue(MessageIntent.Advice, original.Substring(m.Index, m.Length), m.Index, m.Length, field, 3, Note: "says it is not a job ask"));
        }

        var firstOfField = cues.Count;
        foreach (var cue in s_cues)
        {
            foreach (Match m in cue.Pattern.Matches(text))
            {
                string? note = null;
                if (cue.Intent == MessageIntent.JobAsk)
                {
                    note = Overlaps(disclaimers, m.Index, m.Index + m.Length) ? "negated"
                        : ClauseBefore(text, m.Index) is var clause && s_negation.IsMatch(clause) ? "negated"
                        : s_gratitudePrefix.IsMatch(clause) ? "thanks for past help"
                        : null;
                }

                if (!OverlapsSameIntent(cues, firstOfField, cue.Intent, m.Index, m.Index + m.Length))
                {
                    cues.Add(new IntentCue(cue.Intent, original.Substring(m.Index, m.Length), m.Index, m.Length, field, cue.Weight, note is not null, note));
                }
            }
        }
    }

    // The text from the start of the clause up to a cue: negation and thanks only reach that far.
    private static string ClauseBefore(string text, int index)
    {
        var start = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] is '.' or '!' or '?' or ';' or ':' or ',' or '\n' or '—' or '–' or '(')
            {
                start = i + 1;
                break;
            }
        }

        var clause = text[start..index];
        var but = clause.LastIndexOf(" but ", StringComparison.OrdinalIgnoreCase);
        return but >= 0 ? clause[(but + 5)..] : clause;
    }

    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        foreach (var span in spans)
        {
            if (start < span.End && span.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsSameIntent(List<IntentCue> cues, int from, MessageIntent intent, int start, int end)
    {
        for (var i = from; i < cues.Count; i++)
        {
            var c = cues[i];
            if (c.Intent == intent && start < c.Start + c.Length && c.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    // Same length as the input, so match positions stay valid for the original text.
    private static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u2032' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u00A0' or '\u202F' => ' ',
                var c => c,
            };
        }
    });

    private static CuePattern Job(double weight, string pattern) => Cue(MessageIntent.JobAsk, weight, pattern);

    private static CuePattern Cue(MessageIntent intent, double weight, string pattern) => new(intent, weight, new Regex(pattern, Options));

    private sealed record CuePattern(MessageIntent Intent, double Weight, Regex Pattern);
}
