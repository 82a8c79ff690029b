using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace InterviewSignals.Internal;

/// <summary>Maps JSON paths to 1-based line and column, read in one pass of <see cref="Utf8JsonReader"/>.</summary>
internal sealed class JsonPositionMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly byte[] _utf8;

    private JsonPositionMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Reads the document. Returns false with a description when the JSON is malformed or nests too deep.</summary>
    public static JsonPositionMap Build(byte[] utf8, int maxDepth, out (string Path, int Line, int Column, string Message, bool TooDeep)? failure)
    {
        var map = new JsonPositionMap(utf8);
        failure = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth + 1 });
        var stack = new List<Frame>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    pendingProperty = reader.GetString();
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                string path;
                if (stack.Count == 0)
                {
                    path = "$";
                }
                else
                {
                    var parent = stack[stack.Count - 1];
                    path = parent.IsArray ? parent.Path + "[" + parent.NextIndex++ + "]" : Child(parent.Path, pendingProperty!);
                    stack[stack.Count - 1] = parent;
                }

                map._positions[path] = map.PositionOf((int)reader.TokenStartIndex);
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (stack.Count >= maxDepth)
                    {
                        var (l, c) = map.PositionOf((int)reader.TokenStartIndex);
                        failure = (path, l, c, $"The document nests deeper than the limit of {maxDepth}.", true);
                        return map;
                    }

                    stack.Add(new Frame(path, token == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            failure = (ex.Path ?? "$", line, column, Clean(ex.Message), false);
        }

        return map;
    }

    public static string Child(string parent, string name)
    {
        foreach (var ch in name)
        {
            if (!(char.IsLetterOrDigit(ch) || ch == '_' || ch == '$'))
            {
                return parent + "['" + name + "']";
            }
        }

        return parent + "." + name;
    }

    /// <summary>Finds the position of a path, or of its nearest ancestor that has one.</summary>
    public (int Line, int Column)? Find(string path)
    {
        var p = path;
        while (p.Length > 0)
        {
            if (_positions.TryGetValue(p, out var pos))
            {
                return pos;
            }

            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            p = p.Substring(0, cut);
        }

        return _positions.TryGetValue("$", out var root) ? root : null;
    }

    private (int Line, int Column) PositionOf(int offset)
    {
        var lo = 0;
        var hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var start = _lineStarts[lo];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, offset - start) + 1;
        return (lo + 1, column);
    }

    private static string Clean(string message)
    {
        // The reader appends its own "LineNumber: … | BytePositionInLine: …" suffix; positions are reported separately.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }

    private struct Frame
    {
        public Frame(string path, bool isArray)
        {
            Path = path;
            IsArray = isArray;
            NextIndex = 0;
        }

        public string Path { get; }

        public bool IsArray { get; }

        public int NextIndex { get; set; }
    }
}
