using Xunit.Abstractions;

namespace Renkei.EndToEnd.Tests;

/// <summary>
/// Behind a proxy that refuses WebSockets the circuit falls back (long polling or Server-Sent Events) and the
/// survey answer journey still passes on it.
/// </summary>
public class BlockedWebSocketJourneyTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_survey_answer_journey_passes_with_websockets_refused()
    {
        var logs = new List<BlazorTransports.TransportLog>();
        await new SurveyJourneyTests(portal).AnswerAndReviewAsync(() => portal.NewPageAsync(async context =>
        {
            logs.Add(await BlazorTransports.RefuseWebSocketsAsync(context));
        }), screenshots: false);

        foreach (var log in logs)
        {
            output.WriteLine(log.ToString());
        }
        Assert.All(logs, log => Assert.NotEqual("none", log.Transport));
        Assert.All(logs, log => Assert.True(log.Sends > 0, log.ToString())); // clicks and typing reached the server without a socket
    }
}
