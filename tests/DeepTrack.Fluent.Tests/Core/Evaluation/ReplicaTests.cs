using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class ReplicaTests
{
    private static Dot RandomDot() => new Dot().WithPosition(Distribution.UniformPosition(0, Scatterer.Size, 0, Scatterer.Size));

    [Fact]
    public void Repeat_draws_independently_per_replica_and_truth_lists_replicas_in_order()
    {
        var dot = RandomDot();
        var pipeline = (dot ^ 5).Build(seed: 1);
        var images = pipeline.Resolve();
        Assert.Equal(5, images.Count);
        var positions = images.Select(i => i.Get(dot, d => d.Position).Single()).ToArray();
        Assert.Equal(5, positions.Distinct().Count());

        var merged = ((dot ^ 5) >> new SumImages()).Build(seed: 1).Resolve();
        Assert.Equal(positions, merged.Get(dot, d => d.Position));
        Assert.Equal(Enumerable.Range(0, 5), merged.Truth.Entries.Where(e => ReferenceEquals(e.Feature, dot)).Select(e => e.Replica.Innermost));
    }

    [Fact]
    public void Repeat_count_may_be_drawn_per_sample()
    {
        var dot = RandomDot();
        var pipeline = (dot ^ Distribution.UniformInt(1, 4)).Build(seed: 8);
        var counts = Enumerable.Range(0, 60).Select(i => pipeline.Sample(i).Count).ToArray();
        Assert.Equal([1, 2, 3], counts.Distinct().Order());
    }

    [Fact]
    public void Negative_repeat_count_names_feature_property_and_value()
    {
        var error = Assert.Throws<PropertyValueException>(() => (RandomDot() ^ -1).Build().Resolve());
        Assert.Equal("Count", error.PropertyName);
        Assert.Equal(-1, error.Value);
        Assert.StartsWith("Repeat<", error.FeatureName);
    }

    [Fact]
    public void Dependencies_inside_a_repeat_see_the_same_replica()
    {
        var leader = RandomDot();
        var follower = new Dot().WithPosition(leader, l => l.Position.Offset(0, 0.25)).WithIntensity(2);
        var pipeline = (((leader >> follower) ^ 4) >> new SumImages()).Build(seed: 3);
        var image = pipeline.Resolve();
        var leaders = image.Get(leader, d => d.Position);
        var followers = image.Get(follower, d => d.Position);
        Assert.Equal(4, leaders.Count);
        Assert.Equal(4, leaders.Distinct().Count());
        Assert.Equal(leaders.Select(p => p.Offset(0, 0.25)), followers);
    }

    [Fact]
    public void Nested_repeats_read_the_enclosing_replica_of_a_shallower_feature()
    {
        var leader = RandomDot();
        var follower = new Dot().WithPosition(leader, l => l.Position.Offset(0.5, 0)).WithIntensity(2);
        var pipeline = (((leader >> (follower ^ 3)) ^ 2) >> new SumImages()).Build(seed: 6);
        var truth = pipeline.Resolve().Truth.Entries;
        var leaders = truth.Where(e => ReferenceEquals(e.Feature, leader)).ToDictionary(e => e.Replica[0], e => ((Dot)e.Values).Position);
        var followers = truth.Where(e => ReferenceEquals(e.Feature, follower)).ToArray();
        Assert.Equal(2, leaders.Count);
        Assert.NotEqual(leaders[0], leaders[1]);
        Assert.Equal(6, followers.Length);
        Assert.All(followers, f =>
        {
            Assert.Equal(2, f.Replica.Depth);
            Assert.Equal(leaders[f.Replica[0]].Offset(0.5, 0), ((Dot)f.Values).Position);
        });
    }

    [Fact]
    public void A_feature_read_only_through_properties_takes_the_depth_of_its_first_reader()
    {
        var hidden = new Circle().WithRadius(Distribution.Uniform(0, 10)).WithArea(0);
        var dot = new Dot().WithPosition(hidden, c => new PixelPosition(c.Radius, c.Radius));
        var positions = ((dot ^ 3) >> new SumImages()).Build(seed: 6).Resolve().Get(dot, d => d.Position);
        Assert.Equal(3, positions.Distinct().Count());
    }

    [Fact]
    public void Transform_all_applies_an_element_feature_to_every_image_with_independent_draws()
    {
        var dots = RandomDot() ^ 3;
        var noise = new GaussianNoise().WithSigma(0.1);
        var pipeline = (dots >> noise).Build(seed: 12);
        var images = pipeline.Resolve();
        Assert.Equal(3, images.Count);
        var noiseOnly = images.Select(i => i.AsSpan().ToArray().Where(v => Math.Abs(v) < 0.9).Take(5).ToArray()).ToArray();
        Assert.NotEqual(noiseOnly[0], noiseOnly[1]);
        Assert.All(images, i => Assert.Single(i.Get(noise, n => n.Sigma)));
    }
}
