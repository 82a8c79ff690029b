using System.Collections.Generic;
using System.Text.Json;
using InterviewSignals.Internal;

namespace InterviewSignals.Taxonomy;

/// <summary>A set document opened for reading: its JSON, where each path lies in the text, its id and what it extends, and the errors found so far with their positions.</summary>
internal sealed class ParsedSetDocument
{
    public ParsedSetDocument(string? source) => Source = source;

    public string? Source { get; }

    public JsonDocument? Json { get; set; }

    public JsonPositionMap? Map { get; set; }

    public string? Id { get; set; }

    public string? Extends { get; set; }

    public bool Readable { get; set; }

    public List<InputError> Errors { get; } = new();

    public void Add(string code, string path, string message) => AddPositioned(new[] { new InputError(code, path, message) });

    public void AddPositioned(IEnumerable<InputError> errors)
    {
        foreach (var e in errors)
        {
            var pos = Map?.Find(e.Path);
            Errors.Add(e.WithPosition(pos?.Line, pos?.Column, Source));
        }
    }
}
