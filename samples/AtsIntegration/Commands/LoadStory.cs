using System.Globalization;
using System.Text.Json;

namespace AtsIntegration.Commands;

/// <summary>
/// Synthetic applications for the load check, the same for a given seed: each from one of the three vendors, with
/// its application, stage moves, interview times and, for some, a decision, every delivery signed as its vendor signs.
/// </summary>
public static class LoadStory
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    public static List<SignedDelivery> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var deliveries = new List<SignedDelivery>(count);
        for (var app = 0; deliveries.Count < count; app++)
        {
            var applied = Start.AddHours(random.Next(0, 40 * 24));
            var interview = applied.AddDays(random.Next(3, 12)).AddHours(random.Next(0, 8));
            var minutes = 30 + (15 * random.Next(0, 6));
            var story = (app % 3) switch
            {
                0 => Greenhouse(random, 200_000 + app, applied, interview, minutes),
                1 => Lever(random, applied, interview, minutes),
                _ => Ashby(random, app, applied, interview, minutes),
            };
            deliveries.AddRange(story.Take(count - deliveries.Count));
        }

        return deliveries;
    }

    private static IEnumerable<SignedDelivery> Greenhouse(Random random, int id, DateTimeOffset applied, DateTimeOffset interview, int minutes)
    {
        var key = InProcessServer.Secret("greenhouse");
        SignedDelivery Hook(object body) => SignedDelivery.Greenhouse(JsonSerializer.SerializeToUtf8Bytes(body), Guid(random), key);
        object Application(DateTimeOffset at, int stage, string status = "active") => new
        {
            id,
            status,
            applied_at = Iso(applied),
            last_activity_at = Iso(at),
            rejected_at = status == "rejected" ? Iso(at) : null,
            current_stage = new { id = 5500 + stage, name = "Stage " + stage },
            candidate = new { id = id + 1_000_000, first_name = "Load", last_name = "Test" },
        };

        yield return Hook(new { action = "new_candidate_application", payload = new { application = Application(applied, 1) } });
        yield return Hook(new { action = "candidate_stage_change", payload = new { application = Application(applied.AddDays(1), 2) } });
        yield return Interviews(random, "greenhouse", id.ToString(CultureInfo.InvariantCulture), applied, interview, minutes);
        yield return Hook(new { action = "candidate_stage_change", payload = new { application = Application(interview.AddDays(random.Next(1, 9)), 3) } });
        if (random.Next(4) == 0)
        {
            yield return Hook(new { action = "reject_candidate", payload = new { application = Application(interview.AddDays(random.Next(2, 12)), 3, "rejected") } });
        }
    }

    private static IEnumerable<SignedDelivery> Lever(Random random, DateTimeOffset applied, DateTimeOffset interview, int minutes)
    {
        var key = InProcessServer.Secret("lever");
        var opportunity = Guid(random);
        var contact = Guid(random);
        SignedDelivery Hook(string type, DateTimeOffset at, object data) => SignedDelivery.Lever(
            JsonSerializer.Serialize(new { triggeredAt = at.ToUnixTimeMilliseconds(), @event = type, data, token = Convert.ToHexStringLower(Bytes(random, 24)), signature = string.Empty }), key);

        yield return Hook("applicationCreated", applied, new { opportunityId = opportunity, contactId = contact });
        yield return Hook("candidateStageChange", applied.AddDays(1), new { opportunityId = opportunity, contactId = contact, toStageId = "phone-screen", fromStageId = "new-applicant" });
        yield return Interviews(random, "lever", opportunity, applied, interview, minutes);
        yield return Hook("candidateStageChange", interview.AddDays(random.Next(1, 9)), new { opportunityId = opportunity, contactId = contact, toStageId = "onsite", fromStageId = "phone-screen" });
        if (random.Next(5) == 0)
        {
            var archived = interview.AddDays(random.Next(2, 12));
            yield return Hook("candidateArchiveChange", archived, new { opportunityId = opportunity, contactId = contact, toArchived = new { archivedAt = archived.ToUnixTimeMilliseconds(), reason = "position-filled" } });
        }
    }

    private static IEnumerable<SignedDelivery> Ashby(Random random, int app, DateTimeOffset applied, DateTimeOffset interview, int minutes)
    {
        var key = InProcessServer.Secret("ashby");
        var application = Guid(random);
        var candidate = Guid(random);
        var interviewEvent = Guid(random);
        SignedDelivery Hook(string action, object data) => SignedDelivery.Ashby(JsonSerializer.SerializeToUtf8Bytes(new { webhookActionId = Guid(random), action, data }), key);
        object Application(DateTimeOffset at, int order, string status = "Active") => new
        {
            application = new
            {
                id = application,
                createdAt = Iso(applied),
                updatedAt = Iso(at),
                status,
                candidate = new { id = candidate },
                currentInterviewStage = new { id = "stage-" + order, title = "Stage " + order, orderInInterviewPlan = order },
            },
        };
        object Schedule(string status, DateTimeOffset at, bool? feedback) => new
        {
            interviewSchedule = new
            {
                id = "schedule-" + app,
                status,
                applicationId = application,
                updatedAt = Iso(at),
                interviewEvents = new[] { new { id = interviewEvent, startTime = Iso(interview), endTime = Iso(interview.AddMinutes(minutes)), interviewers = new[] { new { id = "u-1" }, new { id = "u-2" } }, hasSubmittedFeedback = feedback } },
            },
        };

        yield return Hook("applicationSubmit", Application(applied, 0));
        yield return Hook("interviewScheduleCreate", Schedule("Scheduled", interview.AddDays(-3), null));
        yield return Hook("interviewScheduleUpdate", random.Next(2) == 0 ? Schedule("WaitingOnFeedback", interview.AddMinutes(minutes + 20), false) : Schedule("Complete", interview.AddDays(1), true));
        yield return Hook("candidateStageChange", Application(interview.AddDays(random.Next(1, 9)), 2));
        if (random.Next(6) == 0)
        {
            yield return Hook("candidateHire", Application(interview.AddDays(random.Next(3, 14)), 3, "Hired"));
        }
    }

    private static SignedDelivery Interviews(Random random, string source, string application, DateTimeOffset applied, DateTimeOffset interview, int minutes)
    {
        var item = new
        {
            applicationId = application,
            interviewId = Guid(random),
            status = "held",
            start = Iso(interview),
            end = Iso(interview.AddMinutes(minutes)),
            interviewers = random.Next(1, 5),
            feedback = random.Next(3) == 0 ? "pending" : "submitted",
            scheduledAt = Iso(applied.AddDays(2)),
            updatedAt = Iso(interview.AddMinutes(minutes + 30)),
        };
        return SignedDelivery.Interviews(source, JsonSerializer.SerializeToUtf8Bytes(new { interviews = new[] { item } }), InProcessServer.Secret(source));
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Bytes(Random random, int n)
    {
        var b = new byte[n];
        random.NextBytes(b);
        return b;
    }

    private static string Guid(Random random) => new Guid(Bytes(random, 16)).ToString();
}
