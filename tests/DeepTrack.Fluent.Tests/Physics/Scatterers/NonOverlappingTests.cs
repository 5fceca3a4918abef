using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>NonOverlapping, in the spirit of DeepTrack 2.0's test: dense spheres, every pair apart, reproducible, with a clear error when nothing fits.</summary>
public class NonOverlappingTests
{
    private static Sphere Sphere() => new Sphere()
        .WithRadius(Distribution.Uniform(0.2.Micrometers(), 0.4.Micrometers()))
        .WithPosition(Distribution.UniformPosition(4, 60, 4, 60));

    [Fact]
    public void Every_pair_of_a_dense_draw_is_apart_and_the_ground_truth_is_the_accepted_draw()
    {
        var sphere = Sphere();
        var list = (sphere ^ 12).NonOverlapping(minimumDistance: 1);
        var optics = new Fluorescence().WithOutputRegion(PixelRegion.Square(64)).WithPadding(4);
        var pipeline = (list >> optics).Build(seed: 9);
        var objects = list.Build(seed: 9);
        int redrawn = 0;
        for (int i = 0; i < 20; i++)
        {
            var drawn = objects.Sample(i);
            Assert.Equal(12, drawn.Count);
            for (int a = 0; a < drawn.Count; a++)
            {
                for (int b = a + 1; b < drawn.Count; b++)
                {
                    double dr = drawn[a].Position.Row - drawn[b].Position.Row, dc = drawn[a].Position.Column - drawn[b].Position.Column;
                    double needed = (drawn[a].BoundingRadius.Meters + drawn[b].BoundingRadius.Meters) / 100e-9 + 1;
                    Assert.True(Math.Sqrt(dr * dr + dc * dc) >= needed, $"sample {i}: objects {a} and {b} overlap");
                }
            }

            // The image's ground truth holds the accepted draw only: twelve positions, those of the objects.
            var positions = pipeline.Sample(i).Get(sphere, s => s.Position);
            Assert.Equal(drawn.Select(o => o.Position), positions);

            // A plain draw of the same twelve spheres would have overlapped in most samples: count the redraws.
            if (pipeline.Sample(i).Get(sphere, s => s.Position)[0] != (sphere ^ 12).Build(seed: 9).Sample(i)[0].Position)
            {
                redrawn++;
            }
        }

        Assert.True(redrawn > 0, "no sample needed a redraw: the test is not dense enough to check anything");
        Assert.Equal(objects.Sample(7).Select(o => o.Position), list.Build(seed: 9).Sample(7).Select(o => o.Position));
    }

    [Fact]
    public void A_draw_that_cannot_fit_names_what_to_change()
    {
        var crowded = (Sphere().WithRadius(2.Micrometers()) ^ 30).NonOverlapping().WithMaxAttempts(5);
        var error = Assert.Throws<PropertyValueException>(() => crowded.Build(seed: 1).Resolve());
        Assert.Equal(("MaxAttempts", 5), (error.PropertyName, (int)error.Value!));
        Assert.Contains("px apart where", error.Message);
        Assert.Contains("raise MaxAttempts", error.Message);
    }

    [Fact]
    public void Points_only_need_the_minimum_distance()
    {
        var point = new PointParticle().WithPosition(Distribution.UniformPosition(0, 10, 0, 10));
        var drawn = (point ^ 5).NonOverlapping(minimumDistance: 3).Build(seed: 2).Sample(0);
        var distances = from a in drawn from b in drawn where !ReferenceEquals(a, b)
                        select Math.Sqrt(Math.Pow(a.Position.Row - b.Position.Row, 2) + Math.Pow(a.Position.Column - b.Position.Column, 2));
        Assert.All(distances, d => Assert.True(d >= 3));
    }
}
