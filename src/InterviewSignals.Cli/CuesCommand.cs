using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Cli;

/// <summary>
/// <c>cues</c>: tools for whoever writes cues, over a text file or JSON Lines of texts. <c>kwic</c> shows every place a
/// word, a word class or any cue matches, with its context and what the reader makes of it; <c>suggest</c> ranks the
/// phrases of texts where a signal is read against texts where it is not; <c>coverage</c> says how many texts give any
/// sign, and each signal's share. Everything goes through the public reader, so what it shows is what the reader does.
/// </summary>
internal sealed class CuesCommand
{
    private const int Context = 40;
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly CliInput _input;
    private CliTexts _texts = new("en");

    public CuesCommand(TextWriter output, TextWriter error, CliInput input)
    {
        _out = output;
        _err = error;
        _input = input;
    }

    /// <summary>Keyword in context: the term is a word (all its forms), <c>@class</c>, or any cue.</summary>
    public int Kwic(string term, string file, SignalSet set, string language, int limit)
    {
        _texts = new CliTexts(language);
        if (Texts(file, language) is not { } texts)
        {
            return CliApplication.InvalidInput;
        }

        // The term becomes the one cue of a small set with the original set's word classes, read by the real reader.
        var builder = SignalSet.CreateBuilder("cue-tool", "1.0.0").WithTitle("cue tool").AddCategory("c", "c");
        foreach (var c in set.WordClasses)
        {
            builder.AddWordClass(c);
        }

        SignalSet probe;
        try
        {
            probe = builder.AddSignal(new SignalDefinition
            {
                Id = "term", Title = "term", Category = "c", Weights = new SignalWeights(0.1, 0), PresentText = term,
                Cues = new Dictionary<string, SignalCues> { [language] = new() { Present = new[] { term } } },
            }).Build();
        }
        catch (SignalSetException ex)
        {
            _err.WriteLine(string.Join(Environment.NewLine, ex.Errors.Select(e => _texts.Get("cli.cues.bad-term", ("term", term), ("error", e.Message)))));
            return CliApplication.UsageError;
        }

        var reader = InterviewTextReader.Create(probe);
        var shown = 0;
        var total = 0;
        foreach (var (id, text, lang) in texts)
        {
            var reading = reader.Read(text, new TextDetails { Language = lang });
            var hits = reading.Signals.SelectMany(s => s.Evidence.Select(e => (e, s.State == SignalState.Present ? "read" : "negated")))
                .Concat(reading.Conflicts.SelectMany(c => c.Present.Select(e => (e, "read")).Concat(c.Absent.Select(e => (e, "negated")))))
                .Concat(reading.SetAside.Select(a => (a.Evidence, Reason(a.Reason))))
                .OrderBy(h => h.Item1.Start);
            foreach (var (e, how) in hits)
            {
                total++;
                if (shown++ < limit)
                {
                    var left = Flat(text.Substring(Math.Max(0, e.Start - Context), Math.Min(Context, e.Start)));
                    var right = Flat(text.Substring(e.Start + e.Length, Math.Min(Context, text.Length - e.Start - e.Length)));
                    _out.WriteLine($"{left,Context} [{Flat(e.Text)}] {right,-Context}  {how,-12} {id}");
                }
            }
        }

        _out.WriteLine(_texts.Get("cli.cues.kwic-total", ("count", total.ToString(CultureInfo.InvariantCulture)), ("texts", texts.Count.ToString(CultureInfo.InvariantCulture))));
        return CliApplication.Ok;
    }

    /// <summary>Phrases of one to three words, ranked by how much more often they stand in texts where the signal is read than in the others.</summary>
    public int Suggest(string signalId, string file, SignalSet set, string language, int limit)
    {
        _texts = new CliTexts(language);
        if (!set.TryGetSignal(signalId, out _))
        {
            _err.WriteLine(_texts.Get("cli.cues.unknown-signal", ("signal", signalId), ("set", set.Id)));
            return CliApplication.UsageError;
        }

        if (Texts(file, language) is not { } texts)
        {
            return CliApplication.InvalidInput;
        }

        var reader = InterviewTextReader.Create(set);
        var inRead = new Dictionary<string, int>(StringComparer.Ordinal);
        var inOther = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        foreach (var (_, text, lang) in texts)
        {
            var shows = reader.Read(text, new TextDetails { Language = lang }).Signals.Any(s => s.Id == signalId);
            read += shows ? 1 : 0;
            foreach (var phrase in Phrases(text))
            {
                var counts = shows ? inRead : inOther;
                counts[phrase] = counts.TryGetValue(phrase, out var n) ? n + 1 : 1;
            }
        }

        var other = texts.Count - read;
        _out.WriteLine(_texts.Get("cli.cues.suggest-header", ("signal", signalId), ("read", read.ToString(CultureInfo.InvariantCulture)), ("other", other.ToString(CultureInfo.InvariantCulture))));
        var ranked = inRead.Where(p => p.Value >= 2)
            .Select(p => (Phrase: p.Key, Read: p.Value, Other: inOther.TryGetValue(p.Key, out var o) ? o : 0))
            .Select(p => (p.Phrase, p.Read, p.Other, Lift: Math.Log((p.Read + 0.5) / (read + 1.0)) - Math.Log((p.Other + 0.5) / (other + 1.0))))
            .OrderByDescending(p => p.Lift).ThenByDescending(p => p.Read).ThenBy(p => p.Phrase, StringComparer.Ordinal)
            .Take(limit);
        foreach (var p in ranked)
        {
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Phrase,-32} {p.Read,5} {p.Other,7}  {p.Lift,6:0.00}"));
        }

        return CliApplication.Ok;
    }

    /// <summary>How many texts give any sign or fact, and each signal's and fact's share of the texts.</summary>
    public int Coverage(string file, SignalSet set, string language)
    {
        _texts = new CliTexts(language);
        if (Texts(file, language) is not { } texts)
        {
            return CliApplication.InvalidInput;
        }

        var reader = InterviewTextReader.Create(set);
        var perId = new SortedDictionary<string, (int Present, int Absent)>(StringComparer.Ordinal);
        var setAside = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int withSign = 0, withFact = 0;
        foreach (var (_, text, lang) in texts)
        {
            var reading = reader.Read(text, new TextDetails { Language = lang });
            withSign += reading.Signals.Count > 0 ? 1 : 0;
            withFact += reading.Facts.Count > 0 ? 1 : 0;
            foreach (var s in reading.Signals)
            {
                var (p, a) = perId.TryGetValue(s.Id, out var v) ? v : (0, 0);
                perId[s.Id] = s.State == SignalState.Present ? (p + 1, a) : (p, a + 1);
            }

            foreach (var f in reading.Facts)
            {
                var (p, a) = perId.TryGetValue("fact " + f.Id, out var v) ? v : (0, 0);
                perId["fact " + f.Id] = (p + 1, a);
            }

            foreach (var reason in reading.SetAside.Select(x => Reason(x.Reason)))
            {
                setAside[reason] = setAside.TryGetValue(reason, out var n) ? n + 1 : 1;
            }
        }

        string Share(int n) => texts.Count == 0 ? "0%" : ((double)n / texts.Count).ToString("0.0%", CultureInfo.InvariantCulture);
        _out.WriteLine(_texts.Get("cli.cues.coverage-header", ("texts", texts.Count.ToString(CultureInfo.InvariantCulture)), ("signs", Share(withSign)), ("facts", Share(withFact))));
        foreach (var (id, (present, absent)) in perId.OrderByDescending(p => p.Value.Present + p.Value.Absent))
        {
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id,-40} {present,6} {absent,6}  {Share(present + absent),7}"));
        }

        _out.WriteLine(_texts.Get("cli.cues.coverage-set-aside", ("reasons", string.Join(", ", setAside.Select(p => $"{p.Key} {p.Value}")))));
        return CliApplication.Ok;
    }

    /// <summary>The texts of a file: JSON Lines of {"id"?, "text", "language"?} when it ends in .jsonl, else the whole file as one text.</summary>
    private List<(string Id, string Text, string Language)>? Texts(string file, string language)
    {
        if (_input.ReadText(file, "a text or JSON Lines file", requireJson: false) is not { } content)
        {
            return null;
        }

        if (!file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return [(Path.GetFileName(file), content, language)];
        }

        var texts = new List<(string, string, string)>();
        var n = 0;
        foreach (var line in content.Split('\n'))
        {
            n++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var id = r.TryGetProperty("id", out var i) ? i.ToString() : "line " + n.ToString(CultureInfo.InvariantCulture);
                var lang = r.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : language;
                if (r.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    texts.Add((id, t.GetString()!, lang));
                }
            }
            catch (JsonException ex)
            {
                _err.WriteLine(_texts.Get("cli.cues.bad-line", ("file", file), ("line", n.ToString(CultureInfo.InvariantCulture)), ("error", CliInput.WithoutParameter(ex.Message))));
                return null;
            }
        }

        return texts;
    }

    /// <summary>Every distinct phrase of one to three words of a text (lower case, accents folded), leaving out phrases of short words alone.</summary>
    private static HashSet<string> Phrases(string text)
    {
        var words = Words(text);
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var sb = new StringBuilder();
            var content = false;
            for (var n = 0; n < 3 && i + n < words.Count && words[i + n].Length > 0; n++)
            {
                sb.Append(n > 0 ? " " : string.Empty).Append(words[i + n]);
                content |= words[i + n].Length > 3;
                if (content)
                {
                    phrases.Add(sb.ToString());
                }
            }
        }

        return phrases;
    }

    /// <summary>The words of a text in order; a punctuation mark stands as an empty word, so that no phrase crosses it.</summary>
    private static List<string> Words(string text)
    {
        var folded = new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c != '\'' && c != '\u2019').ToArray()).ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (!char.IsWhiteSpace(c))
            {
                words.Add(string.Empty);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Reason(CueSetAside reason) => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}
