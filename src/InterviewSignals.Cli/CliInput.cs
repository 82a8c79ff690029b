using System;
using System.Globalization;
using System.IO;
using System.Linq;
using InterviewSignals.BuiltIn;
using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;
using InterviewSignals.Texts;

namespace InterviewSignals.Cli;

/// <summary>Turns command-line values into sets, languages and file contents, writing a message for every problem.</summary>
internal sealed class CliInput
{
    private readonly TextWriter _err;

    public CliInput(TextWriter err) => _err = err;

    /// <summary>Whether the path is a file; otherwise says it is a directory (and that <paramref name="what"/> is wanted) or missing.</summary>
    public bool IsFile(string path, string what, string? hint = null)
    {
        if (Directory.Exists(path))
        {
            _err.WriteLine($"{path}: is a directory; give the path of {what}.");
            return false;
        }

        if (!File.Exists(path))
        {
            _err.WriteLine($"{path}: no such file.{(hint is null ? string.Empty : " " + hint)}");
            return false;
        }

        return true;
    }

    /// <summary>Reads a text file, with a specific message for a missing file, a directory, an unreadable file and an empty one.</summary>
    public string? ReadText(string path, string what, bool requireJson = true, string? hint = null)
    {
        if (!IsFile(path, what + " file", hint))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _err.WriteLine($"{path}: cannot be read: {ex.Message}");
            return null;
        }

        if (text.Trim().Length == 0)
        {
            _err.WriteLine($"{path}: the file is empty; expected {what}{(requireJson ? " as JSON" : string.Empty)}.");
            return null;
        }

        return text;
    }

    /// <summary>
    /// Reads a text with the set's reader, or says why not: every command reports a text over the reader's limit the
    /// same way (<c>source: the text is N characters long; the limit is M.</c>, exit 1).
    /// </summary>
    public TextReading? Read(IInterviewTextReader reader, string text, TextDetails options, string source)
    {
        try
        {
            var reading = reader.Read(text, options);
            if (reading.Signals.Count + reading.Facts.Count + reading.SetAside.Count == 0 && text.Trim().Length > 0)
            {
                SuggestLanguage(reader, text, options, source);
            }

            return reading;
        }
        catch (TextTooLongException ex)
        {
            _err.WriteLine($"{source}: {WithoutParameter(ex.Message)}");
            return null;
        }
    }

    /// <summary>When nothing matched, says so if the text reads in another language the texts have ("Spanish text read as English").</summary>
    private void SuggestLanguage(IInterviewTextReader reader, string text, TextDetails options, string source)
    {
        var mine = options.Language.Split('-')[0];
        foreach (var other in TextCatalog.Default.Languages.Where(l => !string.Equals(l, mine, StringComparison.OrdinalIgnoreCase)))
        {
            var found = reader.Read(text, options with { Language = other });
            var count = found.Signals.Count + found.Facts.Count;
            if (count > 0)
            {
                _err.WriteLine($"{source}: nothing in the text matched a cue in '{options.Language}'; read as '{other}', {count} sign{(count == 1 ? string.Empty : "s")} match. If the text is written in that language, add --language {other}.");
                return;
            }
        }
    }

    /// <summary>An argument error's message without the " (Parameter 'x')" that .NET appends.</summary>
    public static string WithoutParameter(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return (cut < 0 ? message : message.Substring(0, cut)).Split('\n')[0].TrimEnd();
    }

    /// <summary>Accepts a language the catalogue has, or a regional variant of one (es-MX reads Spanish).</summary>
    public string? Language(string tag)
    {
        if (LanguageTag.TryResolve(TextCatalog.Default, tag, out _))
        {
            return tag;
        }

        _err.WriteLine($"--language: there are no texts in '{tag}'; the languages available are: {string.Join(", ", TextCatalog.Default.Languages)} (a regional variant such as es-MX is fine).");
        return null;
    }

    /// <summary>The built-in set, or the last of the files (read together, so that it may extend the others).</summary>
    public SignalSet? Set(string? setId, FileInfo[]? setFiles)
    {
        if (setFiles is not null)
        {
            if (setFiles.FirstOrDefault(f => Directory.Exists(f.FullName)) is { } directory)
            {
                _err.WriteLine($"{directory}: is a directory; give the path of a signal-set JSON file.");
                return null;
            }

            try
            {
                return Serialization.SignalSetJson.LoadFiles(setFiles.Select(f => f.ToString()), BuiltInSignalSets.JsonOptions)[^1];
            }
            catch (SignalSetException ex)
            {
                foreach (var e in ex.Errors)
                {
                    _err.WriteLine(e.ToString());
                }

                return null;
            }
        }

        return BuiltIn(setId ?? BuiltInSignalSets.InterviewOutlookId);
    }

    public SignalSet? BuiltIn(string id)
    {
        try
        {
            return BuiltInSignalSets.Get(id);
        }
        catch (ArgumentException ex)
        {
            _err.WriteLine(WithoutParameter(ex.Message));
            return null;
        }
    }

    /// <summary>Gets today, at midnight UTC: what a text's "two weeks ago" or "by Friday" is counted from when no --as-of is given.</summary>
    public static DateTimeOffset Today => new(DateTime.UtcNow.Date, TimeSpan.Zero);

    /// <summary>Parses an <c>--as-of</c> value; nothing given is fine.</summary>
    public bool AsOf(string? text, out DateTimeOffset? asOf)
    {
        asOf = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            asOf = parsed;
            return true;
        }

        _err.WriteLine($"--as-of: '{text}' is not an ISO 8601 date such as 2026-11-20.");
        return false;
    }
}
