using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using InterviewSignals.Internal;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Serialization;

/// <summary>Reads and writes signal sets in the public JSON format (<c>"formatVersion": 1</c>).</summary>
public static class SignalSetJson
{
    /// <summary>Reads a set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">A file or stream name used in error positions.</param>
    /// <returns>The set.</returns>
    /// <exception cref="SignalSetException">Every problem found, each with its path and line:column.</exception>
    public static SignalSet Parse(string json, SignalSetJsonOptions? options = null, string? sourceName = null)
        => LoadMany(new[] { (sourceName ?? "<json>", Encoding.UTF8.GetBytes(Internal.Guard.NotNull(json))) }, options)[0];

    /// <summary>Reads a set without throwing, for hosts that check sets their users upload.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="set">The set, when the text is a valid one.</param>
    /// <param name="errors">Every problem found, each with its path and line:column; empty on success.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">A file or stream name used in error positions.</param>
    /// <returns>Whether the text is a valid set.</returns>
    public static bool TryParse(string json, [NotNullWhen(true)] out SignalSet? set, out IReadOnlyList<SignalSetError> errors, SignalSetJsonOptions? options = null, string? sourceName = null)
    {
        try
        {
            set = Parse(json, options, sourceName);
            errors = Array.Empty<SignalSetError>();
            return true;
        }
        catch (SignalSetException ex)
        {
            set = null;
            errors = ex.Errors;
            return false;
        }
    }

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
        var bytes = ReadBounded(stream, limits.MaxDocumentBytes, sourceName ?? "<stream>");
        return LoadMany(new[] { (sourceName ?? "<stream>", bytes) }, options)[0];
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
        var errors = new List<SignalSetError>();
        foreach (var path in Internal.Guard.NotNull(paths))
        {
            if (Directory.Exists(path))
            {
                errors.Add(new SignalSetError(SignalSetErrorCodes.InvalidValue, "$", Messages.DirectoryGivePathSignalSetJSON(), source: path));
                continue;
            }

            if (!File.Exists(path))
            {
                errors.Add(new SignalSetError(SignalSetErrorCodes.FileNotFound, "$", Messages.FileNotFound(Path.GetFullPath(path), Directory.GetCurrentDirectory()), source: path));
                continue;
            }

            try
            {
                using var stream = File.OpenRead(path);
                var bytes = ReadBounded(stream, limits.MaxDocumentBytes, path);
                if (Encoding.UTF8.GetString(bytes).Trim().Length == 0)
                {
                    errors.Add(new SignalSetError(SignalSetErrorCodes.MalformedJson, "$", Messages.FileEmptyExpectedSignalSetJSON(), 1, 1, path));
                    continue;
                }

                docs.Add((path, bytes));
            }
            catch (SignalSetException ex)
            {
                errors.AddRange(ex.Errors);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new SignalSetError(SignalSetErrorCodes.InvalidValue, "$", Messages.FileCannotRead(ex.Message), source: path));
            }
        }

        if (errors.Count > 0)
        {
            throw new SignalSetException(errors);
        }

        return LoadMany(docs, options);
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
    /// base (a built-in set, the same batch, or <see cref="SignalSetJsonOptions.ResolveExtends"/>), it gives a set with
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
        CanonicalJsonWriter.WriteExtending(stream, Internal.Guard.NotNull(set), Internal.Guard.NotNull(baseSet), indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a set in the public JSON format to a stream, as UTF-8.</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="set">The set.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteTo(Stream stream, SignalSet set, bool indented = true)
        => CanonicalJsonWriter.Write(Internal.Guard.NotNull(stream), Internal.Guard.NotNull(set).ToSnapshot(), indented);

    internal static IReadOnlyList<SignalSet> LoadMany(IReadOnlyList<(string Name, byte[] Utf8)> sources, SignalSetJsonOptions? options)
    {
        options ??= SignalSetJsonOptions.Default;
        var docs = sources.Select(s => SignalSetJsonReader.Open(s.Utf8, s.Name, options.Limits)).ToList();
        var byId = new Dictionary<string, SignalSetJsonReader.ParsedDocument>(StringComparer.Ordinal);
        foreach (var d in docs.Where(d => d.Readable && d.Id is not null))
        {
            byId[d.Id!] = d;
        }

        var resolver = new ExtendsResolver(byId, options);
        var results = new List<SignalSet>();
        foreach (var d in docs)
        {
            var set = resolver.Resolve(d, new List<SignalSetJsonReader.ParsedDocument>());
            if (set is not null)
            {
                results.Add(set);
            }
        }

        // Report in reading order: by document, then by position.
        var all = docs.SelectMany((d, i) => d.Errors.Select(e => (Doc: i, Error: e)))
            .OrderBy(x => x.Doc).ThenBy(x => x.Error.Line ?? int.MaxValue).ThenBy(x => x.Error.Column ?? int.MaxValue)
            .Select(x => x.Error).ToList();
        if (all.Count > 0)
        {
            throw new SignalSetException(all);
        }

        return results;
    }

    private static byte[] ReadBounded(Stream stream, int maxBytes, string source)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new SignalSetException(new[] { new SignalSetError(SignalSetErrorCodes.LimitExceeded, "$", Messages.DocumentLargerLimitBytes(maxBytes), 1, 1, source) });
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Builds the documents of one batch in dependency order: a set after the set it extends, which may be in the batch, the host's resolver or built in.</summary>
    private sealed class ExtendsResolver
    {
        private readonly Dictionary<string, SignalSetJsonReader.ParsedDocument> _byId;
        private readonly SignalSetJsonOptions _options;
        private readonly Dictionary<SignalSetJsonReader.ParsedDocument, SignalSet?> _built = new();
        private readonly Dictionary<SignalSetJsonReader.ParsedDocument, int> _depth = new();

        public ExtendsResolver(Dictionary<string, SignalSetJsonReader.ParsedDocument> byId, SignalSetJsonOptions options)
        {
            _byId = byId;
            _options = options;
        }

        public SignalSet? Resolve(SignalSetJsonReader.ParsedDocument d, List<SignalSetJsonReader.ParsedDocument> chain)
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
                    d.Add(SignalSetErrorCodes.CyclicExtends, "$.extends", Messages.ExtendsChainCyclic(cycle));
                    _built[d] = null;
                    return null;
                }

                if (chain.Count >= _options.Limits.MaxExtendsDepth)
                {
                    d.Add(SignalSetErrorCodes.LimitExceeded, "$.extends", Messages.ExtendsChainLongerLimit(_options.Limits.MaxExtendsDepth));
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
                        d.Add(SignalSetErrorCodes.LimitExceeded, "$.extends", Messages.ExtendsChainLongerLimit(_options.Limits.MaxExtendsDepth));
                        _built[d] = null;
                        return null;
                    }

                    if (baseSet is null)
                    {
                        if (!_built.ContainsKey(d))
                        {
                            d.Add(SignalSetErrorCodes.UnknownExtends, "$.extends", Messages.SetExtendsErrorsOwn(d.Extends));
                            _built[d] = null;
                        }

                        return null;
                    }
                }
                else if (string.Equals(d.Extends, d.Id, StringComparison.Ordinal))
                {
                    d.Add(SignalSetErrorCodes.CyclicExtends, "$.extends", Messages.SetExtendsItself(d.Id));
                    _built[d] = null;
                    return null;
                }
                else
                {
                    _depth[d] = 1;
                    baseSet = _options.ResolveExtends?.Invoke(d.Extends) ?? EmbeddedSignalSets.Find(d.Extends);
                    if (baseSet is null)
                    {
                        d.Add(SignalSetErrorCodes.UnknownExtends, "$.extends", Messages.SetExtendsNeitherAmongDocumentsLoaded(d.Extends, string.Join(", ", EmbeddedSignalSets.Ids)));
                        _built[d] = null;
                        return null;
                    }
                }
            }

            var set = SignalSetJsonReader.Build(d, baseSet, _options.Limits, _options.ProtectedCharacteristicWaivers);
            _built[d] = set;
            return set;
        }
    }
}
