using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

/// <summary>Property rules of the replica index (DeepTrack 2.0's <c>_ID</c>) and of the sample index (its iterator-valued properties).</summary>
public class ReplicaAndSampleRuleTests
{
    [Fact]
    public void A_replica_rule_sees_the_index_of_its_copy()
    {
        var dot = new Dot().WithPosition(PropertyRule.ByReplica(path => new PixelPosition(1, 2 + 3 * path.Innermost)));
        var positions = ((dot ^ 4) >> new SumImages()).Build(seed: 1).Resolve().Get(dot, d => d.Position);
        Assert.Equal([new(1, 2), new(1, 5), new(1, 8), new(1, 11)], positions);

        // At the top level the path is empty.
        Assert.Equal(new PixelPosition(1, -1), (dot >> new SumImages()).Build().Resolve().Get(dot, d => d.Position).Single());
    }

    [Fact]
    public void Nested_repeats_give_one_index_per_level_outermost_first()
    {
        var dot = new Dot().WithPosition(PropertyRule.ByReplica(path => new PixelPosition(path[0], path[1])));
        var truth = (((dot ^ 3) ^ 2) >> new SumImages()).Build().Resolve().Truth.Entries.Where(e => ReferenceEquals(e.Feature, dot)).ToArray();
        Assert.Equal(6, truth.Length);
        Assert.All(truth, e => Assert.Equal(new PixelPosition(e.Replica[0], e.Replica[1]), ((Dot)e.Values).Position));
    }

    [Fact]
    public void Sample_k_takes_the_kth_value_whatever_the_order_and_the_threads()
    {
        var value = new Value<double>().WithContent(PropertyRule.Iterate(new[] { 2.5, 4.0, 8.0 }));
        Assert.Equal([2.5, 4.0, 8.0, 8.0, 8.0], value.Build().Generate(5));
        var pipeline = value.Build(seed: 2);
        Assert.Equal([8.0, 4.0, 2.5], new[] { 4, 1, 0 }.Select(i => pipeline.Sample(i)).ToArray());

        // An endless sequence is read lazily, once: item k is the same on every thread.
        var squares = new Value<long>().WithContent(PropertyRule.Iterate(Squares()));
        Assert.Equal(Enumerable.Range(0, 400).Select(i => (long)i * i).ToArray(), squares.Build().Generate(400, maxDegreeOfParallelism: 8));
        Assert.Equal(1000L * 1000, squares.Build().Sample(1000));
    }

    [Fact]
    public void A_sample_rule_is_a_function_of_the_index_and_the_same_for_every_replica()
    {
        var dot = new Dot().WithPosition(PropertyRule.BySample(i => new PixelPosition(i, 0)));
        var pipeline = ((dot ^ 2) >> new SumImages()).Build();
        Assert.Equal([new(3, 0), new(3, 0)], pipeline.Sample(3).Get(dot, d => d.Position));
        Assert.Throws<ArgumentException>(() => PropertyRule.Iterate(Array.Empty<int>()));
    }

    [Fact]
    public void A_null_rule_is_refused_by_name_and_the_feature_keeps_its_rule()
    {
        var dot = new Dot().WithPosition(new PixelPosition(4, 5));
        var error = Assert.Throws<ArgumentNullException>(() => dot.WithPosition((PropertyRule<PixelPosition>)null!));
        Assert.Equal("rule", error.ParamName);
        Assert.Equal(new PixelPosition(4, 5), dot.Position);
    }

    private static IEnumerable<long> Squares()
    {
        for (long i = 0; ; i++)
        {
            yield return i * i;
        }
    }
}
