using AtsIntegration.Commands;

namespace InterviewSignals.Samples.Tests.AtsIntegration;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_posts_all_three_vendors_events_and_prints_their_nudges()
    {
        var output = new StringWriter();

        var exit = await DemoCommand.RunAsync(output);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("200 duplicate  greenhouse candidate_stage_change 70211  (redelivered: stored once)", text, StringComparison.Ordinal);
        Assert.Contains("401 refused    ashby      applicationSubmit  (signed with the wrong secret)", text, StringComparison.Ordinal);
        Assert.Contains("Nudges (GET /api/nudges): 4 applications need a word now.", text, StringComparison.Ordinal);
        Assert.Contains("  lever 7d3c1e54-2b9a-4f07-9a61-5d0e8b2c4f10", text, StringComparison.Ordinal);
        Assert.Contains("promisePassed, 7 days: The candidate was told they would hear by 2026-11-13.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("greenhouse 70455", text, StringComparison.Ordinal); // hired
        Assert.DoesNotContain("greenhouse 70519", text, StringComparison.Ordinal); // deleted
        Assert.DoesNotContain("greenhouse 70402", text, StringComparison.Ordinal); // interviewed yesterday
    }
}
