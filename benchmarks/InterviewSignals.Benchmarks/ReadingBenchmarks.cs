using BenchmarkDotNet.Attributes;
using InterviewSignals.Benchmarks.Baselines;
using InterviewSignals.BuiltIn;
using InterviewSignals.Reading;

namespace InterviewSignals.Benchmarks;

/// <summary>Reading free text with the built-in set's English cues: the reader against one compiled Regex per cue.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private static readonly string[] Sentences =
    {
        "It was supposed to be thirty minutes but we talked for almost an hour and a half.",
        "She asked when I could start and what salary I was expecting.",
        "They never explained the next steps, but the manager introduced me to the team.",
        "A friend who interviewed there last year was asked for references.",
        "I was a little nervous at first, then the conversation felt relaxed.",
        "At the end I asked a few questions about the team and they answered all my questions.",
        "If they had invited me to a second round I would know more by now.",
        "Still no word from them, although they said I would hear back within a week.",
    };

    private IInterviewTextReader _reader = null!;
    private RegexCueBaseline _regex = null!;
    private string _oneKb = null!;
    private string _sixtyFourKb = null!;
    private string[] _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reader = InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook, new TextReaderOptions { MaxTextLength = 70_000 });
        _regex = new RegexCueBaseline(BuiltInSignalSets.InterviewOutlook, "en");
        _oneKb = Text(1024, 0);
        _sixtyFourKb = Text(64 * 1024, 0);
        _batch = Enumerable.Range(0, 10_000).Select(i => Text(1024, i)).ToArray();
        BaselineChecks.Reading(InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook), _regex, Text(4096, 0));
    }

    [Benchmark(Baseline = true, Description = "Reader, 1 KB")]
    public int Read1Kb() => _reader.Read(_oneKb).Signals.Count;

    [Benchmark(Description = "Regex per cue, 1 KB")]
    public int Regex1Kb() => _regex.Read(_oneKb);

    [Benchmark(Description = "Reader, 64 KB")]
    public int Read64Kb() => _reader.Read(_sixtyFourKb).Signals.Count;

    [Benchmark(Description = "Regex per cue, 64 KB")]
    public int Regex64Kb() => _regex.Read(_sixtyFourKb);

    [Benchmark(Description = "Reader, 10,000 x 1 KB")]
    public int ReadBatch()
    {
        var n = 0;
        foreach (var text in _batch)
        {
            n += _reader.Read(text).Signals.Count;
        }

        return n;
    }

    /// <summary>Sentences in a rotating order, until the text reaches the length.</summary>
    public static string Text(int length, int seed)
    {
        var sb = new System.Text.StringBuilder(length + 100);
        for (var i = seed; sb.Length < length; i++)
        {
            sb.Append(Sentences[i % Sentences.Length]).Append(' ');
        }

        return sb.ToString(0, length);
    }
}
