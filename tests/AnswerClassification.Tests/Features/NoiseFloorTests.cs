using Outreach.AnswerClassification.Features;

namespace Outreach.AnswerClassification.Tests.Features;

public sealed class NoiseFloorTests
{
    [Fact]
    public void The_floor_follows_a_quieter_line_at_once_and_a_noisier_one_within_two_seconds()
    {
        var floor = new NoiseFloor();
        for (var i = 0; i < 50; i++) floor.Step(-40);
        floor.Step(-60);
        Assert.Equal(-60, floor.Db);

        for (var i = 0; i < 100; i++) floor.Step(-30);

        Assert.Equal(-30, floor.Db);
    }

    [Fact]
    public void Speech_with_gaps_does_not_lift_the_floor()
    {
        var floor = new NoiseFloor();
        for (var i = 0; i < 500; i++)
            floor.Step(i % 15 == 0 ? -55 : -20);

        Assert.Equal(-55, floor.Db);
    }
}
