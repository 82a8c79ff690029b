using InterviewSignals.Reading;
using InterviewSignals.Taxonomy;
using InterviewSignals.Timelines;

namespace AtsIntegration.Vendors;

/// <summary>
/// Reads a recruiter's free-text notes with the library's text reader, as of when they were written, so that "told
/// her we'd get back to her by Friday" becomes the promise the candidate is waiting on, with the words that said so.
/// Only the matched words are kept, never the rest of the notes.
/// </summary>
public sealed class RecruiterNotes(SignalSet set)
{
    private const string TimelineFact = "employer-timeline-days";
    private readonly IInterviewTextReader _reader = InterviewTextReader.Create(set);

    public RecordedPromise? Promise(string notes, DateTimeOffset writtenAt)
    {
        var reading = _reader.Read(notes, new TextDetails { Kind = TextKind.Notes, AsOf = writtenAt });
        if (reading.Facts.FirstOrDefault(f => f.Id == TimelineFact) is not { } timeline)
        {
            return null;
        }

        var by = timeline.Date ?? writtenAt.AddDays(timeline.Value.Number);
        return new RecordedPromise(new DateTimeOffset(by.Date, by.Offset), PromiseSource.Notes, timeline.Evidence[0].Text);
    }
}
