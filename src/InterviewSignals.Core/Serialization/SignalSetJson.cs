using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Reads and writes signal sets in the public JSON format (<c>"formatVersion": 1</c>).</summary>
public static class SignalSetJson
{
    /// <summary>Reads a set without throwing: the core every other way of reading a set is built on.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="set">The set, when the text is a valid one.</param>
    /// <param name="errors">Every problem found, each with its code, path and line:column; empty on success.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults (no resolver: a set that extends another must find it in <see cref="SignalSetJsonOptions.ResolveExtends"/>).</param>
    /// <param name="sourceName">A file or stream name used in error positions.</param>
    /// <returns>Whether the text is a valid set.</returns>
    public static bool TryParse(string json, [NotNullWhen(true)] out SignalSet? set, out IReadOnlyList<InputError> errors, SignalSetJsonOptions? options = null, string? sourceName = null)
    {
        set = TryReadMany(new[] { (sourceName ?? "<json>", Encoding.UTF8.GetBytes(Internal.Guard.NotNull(json))) }, options, out errors)?[0];
        return set is not null;
    }

    /// <summary>Reads a set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">A file or stream name used in error positions.</param>
    /// <returns>The set.</returns>
    /// <exception cref="SignalSetException">Every problem found, each with its path and line:column.</exception>
    public static SignalSet Parse(string json, SignalSetJsonOptions? options = null, string? sourceName = null)
        => TryParse(json, out var set, out var errors, options, sourceName) ? set : throw new SignalSetException(errors);

    /// <summary>Reads a set from a UTF-8 stream.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">A file or stream name used in error positions.</param>
    /// <returns>The set.</returns>
    /// <exception cref="SignalSetException">Every problem found, each with its path and line:column.</exception>
    public static SignalSet Load(Stream stream, SignalSetJsonOptions? options = null, string? sourceName = null)
    {
        Internal.Guard.NotNull(stream);
        var limits = (options ?? SignalSetJsonOptions.Default).Limits;
        var name = sourceName ?? "<stream>";
        var bytes = ReadBounded(stream, limits.MaxDocumentBytes, name, out var tooLarge);
        if (bytes is null)
        {
            throw new SignalSetException(new[] { tooLarge! });
        }

        return TryReadMany(new[] { (name, bytes) }, options, out var errors)?[0] ?? throw new SignalSetException(errors);
    }

    /// <summary>Reads a set from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The set.</returns>
    /// <exception cref="SignalSetException">Every problem found, each with its path and line:column.</exception>
    public static SignalSet LoadFile(string path, SignalSetJsonOptions? options = null) => LoadFiles(new[] { path }, options)[0];

    /// <summary>Reads several files together; a set may extend another from the same batch. Problems from every file are reported at once.</summary>
    /// <param name="paths">The file paths.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The sets, in the order of <paramref name="paths"/>.</returns>
    /// <exception cref="SignalSetException">Every problem found in every file.</exception>
    public static IReadOnlyList<SignalSet> LoadFiles(IEnumerable<string> paths, SignalSetJsonOptions? options = null)
    {
        var limits = (options ?? SignalSetJsonOptions.Default).Limits;
        var docs = new List<(string, byte[])>();
        var errors = new List<InputError>();
        foreach (var path in Internal.Guard.NotNull(paths))
        {
            if (Directory.Exists(path))
            {
                errors.Add(new InputError(SignalSetErrorCodes.InvalidValue, "$", SerializationMessages.DirectoryGivePathSignalSetJSON(), source: path));
                continue;
            }

            if (!File.Exists(path))
            {
                errors.Add(new InputError(SignalSetErrorCodes.FileNotFound, "$", SerializationMessages.FileNotFound(Path.GetFullPath(path), Directory.GetCurrentDirectory()), source: path));
                continue;
            }

            try
            {
                using var stream = File.OpenRead(path);
                var bytes = ReadBounded(stream, limits.MaxDocumentBytes, path, out var tooLarge);
                if (tooLarge is not null)
                {
                    errors.Add(tooLarge);
                }
                else if (Encoding.UTF8.GetString(bytes!).Trim().Length == 0)
                {
                    errors.Add(new InputError(SignalSetErrorCodes.MalformedJson, "$", SerializationMessages.FileEmptyExpectedSignalSetJSON(), 1, 1, path));
                }
                else
                {
                    docs.Add((path, bytes!));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new InputError(SignalSetErrorCodes.InvalidValue, "$", SerializationMessages.FileCannotRead(ex.Message), source: path));
            }
        }

        if (errors.Count > 0)
        {
            throw new SignalSetException(errors);
        }

        return TryReadMany(docs, options, out var readErrors) ?? throw new SignalSetException(readErrors);
    }

    /// <summary>Writes a set in the public JSON format. Reading the text back gives a set with the same content hash.</summary>
    /// <param name="set">The set.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(SignalSet set, bool indented = true)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, set, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes a set as an extension of the set it was built from: <c>"extends"</c> and only what differs (settings,
    /// weights and prevalences as <c>"overrides"</c>, its own notes, calibration and fit). Read back together with the
    /// base (the same batch, or <see cref="SignalSetJsonOptions.ResolveExtends"/>), it gives a set with
    /// the same content hash. A fitted set (<c>OutcomeFitter</c>) is written this way.
    /// </summary>
    /// <param name="set">The set; it must extend <paramref name="baseSet"/> and change nothing but settings, weights and prevalences.</param>
    /// <param name="baseSet">The set it extends.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The set does not extend <paramref name="baseSet"/>, or adds, removes or rewrites items an extending document cannot express; the message says which.</exception>
    public static string ToExtendingJson(SignalSet set, SignalSet baseSet, bool indented = true)
    {
        using var stream = new MemoryStream();
        ExtendingJson.Write(stream, Internal.Guard.NotNull(set), Internal.Guard.NotNull(baseSet), indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a set in the public JSON format to a stream, as UTF-8.</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="set">The set.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteTo(Stream stream, SignalSet set, bool indented = true)
        => SetDocumentJson.Write(Internal.Guard.NotNull(stream), Internal.Guard.NotNull(set).ToSnapshot(), indented);

    /// <summary>Reads a batch of documents in dependency order; the sets in the order given, or <see langword="null"/> with every problem by document and position.</summary>
    internal static IReadOnlyList<SignalSet>? TryReadMany(IReadOnlyList<(string Name, byte[] Utf8)> sources, SignalSetJsonOptions? options, out IReadOnlyList<InputError> errors)
    {
        options ??= SignalSetJsonOptions.Default;
        var docs = sources.Select(s => SetDocumentJson.Open(s.Utf8, s.Name, options.Limits)).ToList();
        var byId = new Dictionary<string, ParsedSetDocument>(StringComparer.Ordinal);
        foreach (var d in docs.Where(d => d.Readable && d.Id is not null))
        {
            byId[d.Id!] = d;
        }

        var resolver = new ExtendsResolver(byId, options);
        var results = new List<SignalSet>();
        foreach (var d in docs)
        {
            var set = resolver.Resolve(d, new List<ParsedSetDocument>());
            if (set is not null)
            {
                results.Add(set);
            }
        }

        // Report in reading order: by document, then by position.
        var all = docs.SelectMany((d, i) => d.Errors.Select(e => (Doc: i, Error: e)))
            .OrderBy(x => x.Doc).ThenBy(x => x.Error.Line ?? int.MaxValue).ThenBy(x => x.Error.Column ?? int.MaxValue)
            .Select(x => x.Error).ToList();
        errors = all;
        return all.Count > 0 ? null : results;
    }

    /// <summary>The stream's bytes, or <see langword="null"/> with the error when it holds more than the limit (nothing beyond it is read).</summary>
    private static byte[]? ReadBounded(Stream stream, int maxBytes, string source, out InputError? tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                tooLarge = new InputError(SignalSetErrorCodes.LimitExceeded, "$", SerializationMessages.DocumentLargerLimitBytes(maxBytes), 1, 1, source);
                return null;
            }
        }

        tooLarge = null;
        return buffer.ToArray();
    }

    /// <summary>Builds the documents of one batch in dependency order: a set after the set it extends, which is in the batch or found by the caller's resolver.</summary>
    private sealed class ExtendsResolver
    {
        private readonly Dictionary<string, ParsedSetDocument> _byId;
        private readonly SignalSetJsonOptions _options;
        private readonly Dictionary<ParsedSetDocument, SignalSet?> _built = new();
        private readonly Dictionary<ParsedSetDocument, int> _depth = new();

        public ExtendsResolver(Dictionary<string, ParsedSetDocument> byId, SignalSetJsonOptions options)
        {
            _byId = byId;
            _options = options;
        }

        public SignalSet? Resolve(ParsedSetDocument d, List<ParsedSetDocument> chain)
        {
            if (_built.TryGetValue(d, out var done))
            {
                return done;
            }

            if (!d.Readable)
            {
                _built[d] = null;
                return null;
            }

            SignalSet? baseSet = null;
            if (d.Extends is not null)
            {
                if (chain.Contains(d))
                {
                    var cycle = string.Join(" -> ", chain.Select(c => c.Id).Concat(new[] { d.Id }));
                    d.Add(SignalSetErrorCodes.CyclicExtends, "$.extends", SerializationMessages.ExtendsChainCyclic(cycle));
                    _built[d] = null;
                    return null;
                }

                if (chain.Count >= _options.Limits.MaxExtendsDepth)
                {
                    d.Add(SignalSetErrorCodes.LimitExceeded, "$.extends", SerializationMessages.ExtendsChainLongerLimit(_options.Limits.MaxExtendsDepth));
                    _built[d] = null;
                    return null;
                }

                if (_byId.TryGetValue(d.Extends, out var parent) && !ReferenceEquals(parent, d))
                {
                    chain.Add(d);
                    baseSet = Resolve(parent, chain);
                    chain.RemoveAt(chain.Count - 1);
                    _depth[d] = (_depth.TryGetValue(parent, out var p) ? p : 1) + 1;
                    if (baseSet is not null && _depth[d] > _options.Limits.MaxExtendsDepth)
                    {
                        d.Add(SignalSetErrorCodes.LimitExceeded, "$.extends", SerializationMessages.ExtendsChainLongerLimit(_options.Limits.MaxExtendsDepth));
                        _built[d] = null;
                        return null;
                    }

                    if (baseSet is null)
                    {
                        if (!_built.ContainsKey(d))
                        {
                            d.Add(SignalSetErrorCodes.UnknownExtends, "$.extends", SerializationMessages.SetExtendsErrorsOwn(d.Extends));
                            _built[d] = null;
                        }

                        return null;
                    }
                }
                else if (string.Equals(d.Extends, d.Id, StringComparison.Ordinal))
                {
                    d.Add(SignalSetErrorCodes.CyclicExtends, "$.extends", SerializationMessages.SetExtendsItself(d.Id));
                    _built[d] = null;
                    return null;
                }
                else
                {
                    _depth[d] = 1;
                    baseSet = _options.ResolveExtends?.Invoke(d.Extends);
                    if (baseSet is null)
                    {
                        d.Add(SignalSetErrorCodes.UnknownExtends, "$.extends", _options.ResolveExtends is null ? SerializationMessages.SetExtendsWithoutResolver(d.Extends) : SerializationMessages.SetExtendsNeitherAmongDocumentsLoaded(d.Extends));
                        _built[d] = null;
                        return null;
                    }
                }
            }

            var set = SetDocumentJson.Build(d, baseSet, _options.Limits, _options.ProtectedCharacteristicWaivers);
            _built[d] = set;
            return set;
        }
    }
}
