using System;
using System.Collections.Generic;

namespace InterviewSignals.Taxonomy;

/// <summary>
/// A versioned, immutable collection of signals, facts, rules and modifiers with their provenance.
/// Build one with <see cref="SignalSetBuilder"/> or read one from JSON with the serialization helpers (<c>SignalSetJson</c>).
/// </summary>
public sealed class SignalSet
{
    /// <summary>Gets the JSON format version this library reads and writes.</summary>
    public static int FormatVersion => 1;

    /// <summary>Gets the largest weight magnitude allowed, in log-odds points (about 150 to 1).</summary>
    public static double MaxWeight => 5.0;

    private readonly Dictionary<string, SignalDefinition> _signals;
    private readonly Dictionary<string, FactDefinition> _facts;
    private readonly Dictionary<(string Language, string Source), Cues.ParsedCue> _parsedCues;

    internal SignalSet(SignalSetBuilder.Snapshot s, string contentHash, Dictionary<(string Language, string Source), Cues.ParsedCue> parsedCues)
    {
        _parsedCues = parsedCues;
        Id = s.Id;
        Version = s.Version;
        Title = s.Title;
        Description = s.Description;
        IntendedUse = s.IntendedUse;
        BaseRate = s.BaseRate;
        Bands = s.Bands;
        TooEarlyWhen = s.TooEarlyWhen;
        BasedOn = s.BasedOn;
        AncestorHashes = s.Ancestors.ToArray();
        Calibration = s.Calibration;
        Fit = s.Fit;
        Categories = Array.AsReadOnly(s.Categories.ToArray());
        Documents = Array.AsReadOnly(s.Documents.ToArray());
        Facts = Array.AsReadOnly(s.Facts.ToArray());
        Signals = Array.AsReadOnly(s.Signals.ToArray());
        Rules = Array.AsReadOnly(s.Rules.ToArray());
        Modifiers = Array.AsReadOnly(s.Modifiers.ToArray());
        Notes = Array.AsReadOnly(s.Notes.ToArray());
        Waivers = Array.AsReadOnly(s.Waivers.ToArray());
        WordClasses = Array.AsReadOnly(s.WordClasses.ToArray());
        ContentHash = contentHash;
        _signals = new Dictionary<string, SignalDefinition>(StringComparer.Ordinal);
        foreach (var x in Signals)
        {
            _signals[x.Id] = x;
        }

        _facts = new Dictionary<string, FactDefinition>(StringComparer.Ordinal);
        foreach (var x in Facts)
        {
            _facts[x.Id] = x;
        }
    }

    /// <summary>Gets the stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Gets the semantic version.</summary>
    public string Version { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets what the set is for and how it was built.</summary>
    public string Description { get; }

    /// <summary>Gets the use the set is meant for.</summary>
    public IntendedUse IntendedUse { get; }

    /// <summary>Gets the outlook index when nothing is known, between 0 and 1 exclusive.</summary>
    public double BaseRate { get; }

    /// <summary>Gets the thresholds that turn the outlook index into a band.</summary>
    public OutlookBands Bands { get; }

    /// <summary>Gets the condition under which it is too early to tell (for example, the employer's own timeline has not passed), or <see langword="null"/>.</summary>
    public Condition? TooEarlyWhen { get; }

    /// <summary>Gets the set this one extends, as <c>id@version</c> with its hash, or <see langword="null"/>.</summary>
    public SignalSetReference? BasedOn { get; }

    /// <summary>The content hashes of the set this one extends, that set's own base, and so on (empty for a set that extends none).</summary>
    internal IReadOnlyList<string> AncestorHashes { get; }

    /// <summary>
    /// Whether an observation made for <paramref name="madeFor"/> means the same with this set: it is this set, or one
    /// this set extends (an extension keeps its base's signals and facts; a calibrated or fitted set extends the set it
    /// was made from). The other way round does not hold: an extension may add signals its base does not know.
    /// </summary>
    internal bool Understands(SignalSetReference madeFor)
        => string.Equals(madeFor.ContentHash, ContentHash, StringComparison.Ordinal) || System.Linq.Enumerable.Contains(AncestorHashes, madeFor.ContentHash, StringComparer.Ordinal);

    /// <summary>Gets the categories.</summary>
    public IReadOnlyList<CategoryDefinition> Categories { get; }

    /// <summary>Gets the documents the sources cite.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>Gets the facts.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>Gets the signals, in declaration order.</summary>
    public IReadOnlyList<SignalDefinition> Signals { get; }

    /// <summary>Gets the rules.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Gets the modifiers.</summary>
    public IReadOnlyList<ModifierDefinition> Modifiers { get; }

    /// <summary>Gets notes: how weights map to the sources' wording, and known limitations.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the waivers the host gave for items keyed to protected characteristics; results carry them. Not part of the content hash.</summary>
    public IReadOnlyList<AppliedWaiver> Waivers { get; }

    /// <summary>Gets the word classes the set's cues use as <c>@name</c>, by language, in declaration order.</summary>
    public IReadOnlyList<WordClass> WordClasses { get; }

    /// <summary>Gets the content hash: <c>sha256:</c> and the hex SHA-256 of the set's canonical JSON.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the recalibration fitted on outcomes, or <see langword="null"/> for a set whose outlook comes from its weights alone.</summary>
    public SetCalibration? Calibration { get; }

    /// <summary>Gets the record of weights fitted to outcomes (own, or inherited with the weights from the set this one extends), or <see langword="null"/> for weights no outcome has moved.</summary>
    public SetFit? Fit { get; }

    /// <summary>Gets a reference to this set: id, version and hash.</summary>
    /// <value>A new reference.</value>
    public SignalSetReference Reference => new(Id, Version, ContentHash);

    /// <summary>Finds a signal by id.</summary>
    /// <param name="id">The signal id.</param>
    /// <param name="signal">The signal, when found.</param>
    /// <returns>Whether the set declares the signal.</returns>
    public bool TryGetSignal(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SignalDefinition? signal)
        => _signals.TryGetValue(Internal.Guard.NotNull(id), out signal);

    /// <summary>Finds a fact by id.</summary>
    /// <param name="id">The fact id.</param>
    /// <param name="fact">The fact, when found.</param>
    /// <returns>Whether the set declares the fact.</returns>
    public bool TryGetFact(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FactDefinition? fact)
        => _facts.TryGetValue(Internal.Guard.NotNull(id), out fact);

    /// <summary>Starts a new set.</summary>
    /// <param name="id">The kebab-case id.</param>
    /// <param name="version">The semantic version.</param>
    /// <returns>A builder.</returns>
    public static SignalSetBuilder CreateBuilder(string id, string version) => new(id, version);

    internal SignalSetBuilder.Snapshot ToSnapshot()
    {
        var s = new SignalSetBuilder.Snapshot
        {
            Id = Id, Version = Version, Title = Title, Description = Description, IntendedUse = IntendedUse,
            BaseRate = BaseRate, Bands = Bands, TooEarlyWhen = TooEarlyWhen, BasedOn = BasedOn, Calibration = Calibration, Fit = Fit,
        };
        s.Categories.AddRange(Categories);
        s.Documents.AddRange(Documents);
        s.Facts.AddRange(Facts);
        s.Signals.AddRange(Signals);
        s.Rules.AddRange(Rules);
        s.Modifiers.AddRange(Modifiers);
        s.Notes.AddRange(Notes);
        s.Waivers.AddRange(Waivers);
        s.WordClasses.AddRange(WordClasses);
        return s;
    }

    /// <summary>The syntax of a cue the set holds under a language key, as the validator parsed it: no cue is parsed twice.</summary>
    internal Cues.ParsedCue ParsedCue(string language, string source) => _parsedCues[(language, source)];

    /// <summary>The word classes of one language (or of its primary language, for a regional tag), by name.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> WordClassesFor(string language) => WordClassesOf(WordClasses, language);

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> WordClassesOf(IEnumerable<WordClass> classes, string language)
    {
        var primary = language.Split('-')[0];
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        // A regional tag's own classes (es-MX) win over its primary language's (es).
        foreach (var tag in string.Equals(primary, language, StringComparison.OrdinalIgnoreCase) ? new[] { primary } : new[] { primary, language })
        {
            foreach (var c in classes)
            {
                if (c is not null && string.Equals(c.Language, tag, StringComparison.OrdinalIgnoreCase))
                {
                    result[c.Name] = c.Words;
                }
            }
        }

        return result;
    }

    /// <summary>Returns <c>id@version</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + "@" + Version;
}
