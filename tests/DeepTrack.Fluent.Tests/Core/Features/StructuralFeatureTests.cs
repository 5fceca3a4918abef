using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class StructuralFeatureTests
{
    [Fact]
    public void OneOf_draws_each_choice_about_equally_often()
    {
        var oneOf = Feature.OneOf(Feature.Constant(0), Feature.Constant(1), Feature.Constant(2));
        var counts = new int[3];
        foreach (int value in oneOf.Build(seed: 5).Generate(3000))
        {
            counts[value]++;
        }

        // Binomial(3000, 1/3): sd ≈ 25.8, so ±5 sd is ±129.
        Assert.All(counts, c => Assert.InRange(c, 1000 - 129, 1000 + 129));
    }

    [Fact]
    public void OneOf_with_a_fixed_index_and_a_bad_index()
    {
        var choices = new[] { Feature.Constant(10), Feature.Constant(20) };
        Assert.Equal(20, new OneOf<NoInput, int>(choices).WithIndex(1).Build().Resolve());
        var error = Assert.Throws<PropertyValueException>(() => new OneOf<NoInput, int>(choices).WithIndex(2).Build().Resolve());
        Assert.Equal("Index", error.PropertyName);
    }

    [Fact]
    public void Probability_applies_with_the_given_chance_and_records_whether_it_did()
    {
        var sometimes = Feature.Probability(new GaussianNoise().WithSigma(0), 0.3);
        var samples = (Feature.Constant(new Image<double>(1, 1)) >> sometimes).Build(seed: 7).Generate(2000);
        int applied = samples.Count(s => s.Get(sometimes, p => p.Applied).Single());
        // Binomial(2000, 0.3): sd ≈ 20.5; ±5 sd.
        Assert.InRange(applied, 600 - 103, 600 + 103);
        Assert.All(samples, s => Assert.Equal(s.Get(sometimes, p => p.Applied).Single(), s.Get(sometimes, p => p.Roll).Single() < 0.3));
    }

    [Fact]
    public void Probability_zero_and_one_are_exact()
    {
        var noise = new GaussianNoise().WithSigma(1);
        var zero = new Image<double>(2, 2);
        var never = (Feature.Constant(zero) >> noise.WithProbability(0)).Build(seed: 1).Generate(50);
        Assert.All(never, s => Assert.Equal(new double[4], s.AsSpan().ToArray()));
        var always = (Feature.Constant(zero) >> noise.WithProbability(1)).Build(seed: 1).Generate(50);
        Assert.All(always, s => Assert.NotEqual(new double[4], s.AsSpan().ToArray()));
    }

    [Fact]
    public void Probability_outside_zero_one_names_the_property()
    {
        var error = Assert.Throws<PropertyValueException>(() => (Feature.Constant(1.0) >> new AddAmount { Amount = 1 }.WithProbability(1.5)).Build().Resolve());
        Assert.Equal("Chance", error.PropertyName);
        Assert.Equal(1.5, error.Value);
    }

    [Fact]
    public void Store_serves_one_output_for_every_sample_whatever_the_worker()
    {
        var stored = Feature.Sampled(Distribution.Uniform(0, 1)).Stored();
        var pipeline = stored.Build(seed: 3);
        var sequential = Enumerable.Range(0, 20).Select(i => pipeline.Sample(i)).ToArray();
        Assert.Single(sequential.Distinct());
        var parallel = stored.Build(seed: 3).Generate(200, start: 1000);
        Assert.All(parallel, v => Assert.Equal(sequential[0], v));
    }

    [Fact]
    public void Reuse_serves_each_draw_for_consecutive_samples()
    {
        var reused = Feature.Sampled(Distribution.Uniform(0, 1)).Reused(3);
        var values = reused.Build(seed: 4).Generate(9);
        Assert.Equal(values[0], values[1]);
        Assert.Equal(values[0], values[2]);
        Assert.NotEqual(values[2], values[3]);
        Assert.Equal(values[3], values[5]);
        Assert.NotEqual(values[5], values[6]);
        Assert.Equal(values, reused.Build(seed: 4).Generate(9, maxDegreeOfParallelism: 1));
    }

    [Fact]
    public void Bind_replaces_a_feature_but_keeps_its_draws()
    {
        var dot = new Dot().WithPosition(Distribution.UniformPosition(0, 16, 0, 16)).WithIntensity(Distribution.Uniform(1, 2));
        var image = (dot ^ 3) >> new SumImages();
        var label = image.Bind(dot, d => d.WithIntensity(100));
        var pipeline = (image & label).Build(seed: 9);
        for (int i = 0; i < 5; i++)
        {
            var (picture, mask) = pipeline.Resolve();
            Assert.Equal(picture.Get(dot, d => d.Position), mask.Get(dot, d => d.Position));
            Assert.All(picture.Get(dot, d => d.Intensity), v => Assert.InRange(v, 1, 2));
            Assert.All(mask.Get(dot, d => d.Intensity), v => Assert.Equal(100, v));
            Assert.Equal(300, mask.Sum(), 9);
            pipeline.Update();
        }
    }

    [Fact]
    public void Lambda_and_merge_apply_functions()
    {
        var dots = new Dot().WithPosition(new PixelPosition(1, 1)) ^ 4;
        var count = dots >> Feature.Merge<Image<double>, int>(list => list.Count);
        Assert.Equal(4, count.Build().Resolve());
        Assert.Equal(9.0, (Feature.Constant(3.0) >> Feature.Lambda<double, double>(x => x * x)).Build().Resolve());
    }

    [Fact]
    public void Combine_many_evaluates_every_feature_on_the_same_input()
    {
        var source = Feature.Sampled(Distribution.Uniform(0, 1));
        var all = Feature.Combine(source, source + 1.0, source * 2.0);
        var values = all.Build(seed: 2).Resolve();
        Assert.Equal(values[0] + 1, values[1], 12);
        Assert.Equal(values[0] * 2, values[2], 12);
    }
}
