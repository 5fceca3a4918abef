using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class SequenceTests
{
    [Fact]
    public void A_stepped_property_evolves_from_its_initial_value()
    {
        var circle = new Circle().WithRadius(1.0, (c, step) => step.Previous + 0.5).WithArea(c => c.Radius);
        var frames = circle.AsSequence(5).Build().Resolve();
        Assert.Equal([1.0, 1.5, 2.0, 2.5, 3.0], frames);
    }

    [Fact]
    public void The_step_sees_the_frame_the_length_and_the_other_properties()
    {
        var circle = new Circle()
            .WithPerimeter(10)
            .WithRadius(0.0, (c, step) => step.Previous + c.Perimeter * step.Frame / step.Length)
            .WithArea(c => c.Radius);
        var frames = circle.AsSequence(4).Build().Resolve();
        Assert.Equal([0.0, 2.5, 7.5, 15.0], frames);
    }

    [Fact]
    public void Brownian_motion_has_the_expected_step_variance_and_per_frame_ground_truth()
    {
        const double sigma = 0.5;
        var dot = new Dot()
            .WithPosition(Distribution.UniformPosition(4, 12, 4, 12), (d, step) => step.Previous.Offset(sigma * step.Random.NextGaussian(), sigma * step.Random.NextGaussian()));
        var movie = (dot >> new SumImages()).AsSequence(20);
        var samples = movie.Build(seed: 3).Generate(200);

        var squares = new List<double>();
        foreach (var frames in samples)
        {
            var path = frames.Select(f => f.Get(dot, d => d.Position).Single()).ToArray();
            Assert.InRange(path[0].Row, 4, 12);
            for (int f = 1; f < path.Length; f++)
            {
                squares.Add(Math.Pow(path[f].Row - path[f - 1].Row, 2));
                squares.Add(Math.Pow(path[f].Column - path[f - 1].Column, 2));
            }
        }

        // Mean of 7,600 squared N(0, σ²) steps: relative standard error √(2/7600) ≈ 1.6 %; allow 5 %.
        Assert.InRange(squares.Average() / (sigma * sigma), 0.95, 1.05);
        Assert.Equal(samples.Select(Hash), movie.Build(seed: 3).Generate(200, maxDegreeOfParallelism: 1).Select(Hash));
    }

    [Fact]
    public void Particles_in_a_repeat_keep_their_identity_from_frame_to_frame()
    {
        var dot = new Dot()
            .WithPosition(Distribution.UniformPosition(0, 16, 0, 16), (d, step) => step.Previous.Offset(0.1 * step.Random.NextGaussian(), 0.1 * step.Random.NextGaussian()))
            .WithIntensity(Distribution.Uniform(1, 2));
        var frames = (((dot ^ 3) >> new SumImages()).AsSequence(6)).Build(seed: 8).Resolve();
        var byParticle = frames.Select(f => f.Truth.Entries.Where(e => ReferenceEquals(e.Feature, dot)).OrderBy(e => e.Replica.Innermost).Select(e => ((Dot)e.Values).Position).ToArray()).ToArray();
        for (int f = 1; f < frames.Count; f++)
        {
            for (int p = 0; p < 3; p++)
            {
                var (before, after) = (byParticle[f - 1][p], byParticle[f][p]);
                Assert.True(Math.Abs(after.Row - before.Row) < 0.6 && Math.Abs(after.Column - before.Column) < 0.6, $"particle {p} jumped in frame {f}");
            }
        }

        var intensities = frames.Select(f => f.Get(dot, d => d.Intensity)[0]).ToArray();
        Assert.Equal(frames.Count, intensities.Distinct().Count());
    }

    [Fact]
    public void A_stepped_property_outside_a_sequence_is_explained()
    {
        var circle = new Circle().WithRadius(1.0, (c, step) => step.Previous + 1).WithArea(1);
        var error = Assert.Throws<InvalidOperationException>(() => circle.Build().Resolve());
        Assert.Contains("Circle.Radius evolves over frames but Circle is not inside a Sequence", error.Message);
    }

    private static string Hash(IReadOnlyList<Image<double>> frames)
        => string.Join(",", frames.Select(f => f.AsSpan().ToArray().Sum().ToString("R")));
}
