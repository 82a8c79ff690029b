using InterviewSignals.BuiltIn;
using InterviewSignals.Reading;

namespace InterviewSignals.Tests.Reading;

/// <summary>
/// Sentences new users and real reviewers wrote that the reader got wrong, as they wrote them. What the reader used to miss
/// is read; what it used to misread (the recruiter's conduct as the candidate's, a process described as a process
/// lived, "HR" as an hour) is set aside with its reason or not read at all.
/// </summary>
public class WordsOtherPeopleWriteTests
{
    private static readonly IInterviewTextReader Reader = InterviewTextReader.Create(BuiltInSignalSets.InterviewOutlook);

    /// <summary>A Wednesday.</summary>
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private static TextReading Read(string text) => Reader.Read(text, new TextDetails { AsOf = Wednesday });

    [Theory]
    [InlineData("They asked for two references.", "references-requested", "present")]
    [InlineData("She didn't tell me what happens next.", "next-steps-explained", "absent")]
    [InlineData("One of them kept checking his phone.", "interviewer-negative-body-language", "present")]
    [InlineData("The team loved me.", "positive-feedback", "present")]
    [InlineData("She walked me through the day-to-day of the role.", "detailed-job-description", "present")]
    [InlineData("They scheduled a second interview.", "invited-to-next-round", "present")]
    [InlineData("They scheduled a follow up interview for next week.", "invited-to-next-round", "present")]
    public void A_sentence_a_new_user_wrote_gives_its_sign(string text, string signal, string state)
    {
        var proposed = Assert.Single(Read(text).Signals, s => s.Id == signal);
        Assert.Equal(state, proposed.State.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Panel interview with three people.", "interviewer-count", 3)]
    [InlineData("The call wrapped up after 20 minutes.", "interview-length-minutes", 20)]
    [InlineData("It was a 1 hr interview with the team.", "interview-length-minutes", 60)]
    [InlineData("The interview lasted 30-45 minutes.", "interview-length-minutes", 37.5)]
    public void A_sentence_a_new_user_wrote_gives_its_fact(string text, string fact, double value)
        => Assert.Equal(value, Assert.Single(Read(text).Facts, f => f.Id == fact).Value.Number);

    [Fact]
    public void The_recruiter_s_conduct_is_not_the_candidate_s()
    {
        Assert.DoesNotContain(Read("I found the recruiter very unprofessional.").Signals, s => s.Id == "unprofessional-or-overfriendly");

        var theirs = Read("The recruiter came across as unprofessional.");
        Assert.DoesNotContain(theirs.Signals, s => s.Id == "unprofessional-or-overfriendly");
        Assert.Equal(CueSetAside.OtherActor, Assert.Single(theirs.SetAside, a => a.Id == "unprofessional-or-overfriendly").Reason);
        Assert.Contains(Read("I came across as unprofessional.").Signals, s => s.Id == "unprofessional-or-overfriendly");

        Assert.Equal(CueSetAside.OtherActor, Assert.Single(Read("The interviewer was nervous.").SetAside, a => a.Id == "nervous-or-unprepared").Reason);
        Assert.Contains(Read("I was nervous.").Signals, s => s.Id == "nervous-or-unprepared");
    }

    [Theory]
    [InlineData("The process has four rounds: aptitude, technical, a managerial round and HR.", "met-senior-management")]
    [InlineData("There will usually be a salary discussion, so be prepared.", "salary-discussed")]
    [InlineData("They usually ask when you could start.", "asked-when-you-could-start")]
    public void A_process_described_in_general_is_set_aside_as_generic(string text, string signal)
    {
        var reading = Read(text);
        Assert.DoesNotContain(reading.Signals, s => s.Id == signal);
        Assert.Contains(reading.SetAside, a => a.Id == signal && a.Reason == CueSetAside.Generic);
    }

    [Fact]
    public void Narrated_progress_stays_while_a_list_of_rounds_is_described()
    {
        Assert.Contains(Read("After the phone screen they asked me to come onsite.").Signals, s => s.Id == "invited-to-next-round");
        Assert.Contains(Read("I cleared the first round and moved to the technical round.").Signals, s => s.Id == "invited-to-next-round");
        Assert.DoesNotContain(Read("The process has three rounds.").Signals, s => s.Id == "invited-to-next-round");
    }

    [Fact]
    public void HR_next_to_a_round_is_Human_Resources_not_an_hour()
    {
        Assert.DoesNotContain(Read("1 HR round and 2 technical rounds.").Facts, f => f.Id == "interview-length-minutes");
        Assert.DoesNotContain(Read("The HR round was easy.").Facts, f => f.Id == "interview-length-minutes");
    }

    [Fact]
    public void A_promise_whose_day_the_text_says_has_passed_lies_before_the_as_of_date()
    {
        var passed = Assert.Single(Read("They said they would get back to me by Friday, but it's now the following Wednesday.").Facts, f => f.Id == "employer-timeline-days");
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), passed.Date);

        var ahead = Assert.Single(Read("They said they would get back to me by Friday.").Facts, f => f.Id == "employer-timeline-days");
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), ahead.Date);
    }

    [Fact]
    public void A_question_asserts_nothing_in_a_narrative_but_an_employer_s_question_is_a_sign()
    {
        Assert.DoesNotContain(Read("Did they ask when I could start?").Signals, s => s.Id == "asked-when-you-could-start");
        var message = Reader.Read("When could you start?", new TextDetails { Kind = TextKind.EmployerMessage });
        Assert.Contains(message.Signals, s => s.Id == "asked-when-you-could-start");
    }
}
