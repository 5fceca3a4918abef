using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class EvaluationTests
{
    [Fact]
    public void Resolving_twice_without_update_recomputes_nothing()
    {
        var source = Feature.Sampled(Distribution.Uniform(0, 1));
        var add = new AddAmount().WithAmount(2);
        var pipeline = (source >> add).Build();
        double first = pipeline.Resolve();
        long computations = pipeline.TotalComputations;
        Assert.Equal(first, pipeline.Resolve());
        Assert.Equal(computations, pipeline.TotalComputations);
        Assert.Equal(1, pipeline.ComputationsOf(source));
        Assert.Equal(1, pipeline.ComputationsOf(add));
    }

    [Fact]
    public void After_update_only_dependents_of_random_properties_recompute()
    {
        var constant = Feature.Constant(10.0);
        var fixedStep = new AddAmount().WithAmount(1);
        var randomStep = new AddAmount().WithAmount(Distribution.Uniform(0, 1));
        var last = new AddAmount().WithAmount(100);
        var pipeline = (constant >> fixedStep >> randomStep >> last).Build();

        for (int i = 0; i < 5; i++)
        {
            pipeline.Resolve();
            pipeline.Update();
        }

        Assert.Equal(1, pipeline.ComputationsOf(constant));
        Assert.Equal(1, pipeline.ComputationsOf(fixedStep));
        Assert.Equal(5, pipeline.ComputationsOf(randomStep));
        Assert.Equal(5, pipeline.ComputationsOf(last));
        Assert.Equal(1, pipeline.ResolutionsOf(last));
        Assert.Equal(5, pipeline.ResolutionsOf(randomStep));
    }

    [Fact]
    public void A_property_reading_another_feature_recomputes_when_that_feature_draws_again()
    {
        var source = new Circle().WithRadius(Distribution.Uniform(1, 2)).WithArea(0);
        var reader = new AddAmount().WithAmount(source, c => c.Radius);
        var independent = new AddAmount().WithAmount(1);
        var pipeline = ((Feature.Constant(0.0) >> independent >> reader) & source).Build(seed: 5);
        var seen = new HashSet<double>();
        for (int i = 0; i < 4; i++)
        {
            var (value, _) = pipeline.Resolve();
            seen.Add(value);
            pipeline.Update();
        }

        Assert.Equal(4, seen.Count);
        Assert.Equal(4, pipeline.ResolutionsOf(reader));
        Assert.Equal(1, pipeline.ResolutionsOf(independent));
        Assert.Equal(1, pipeline.ComputationsOf(independent));
    }

    [Fact]
    public void A_new_input_object_recomputes_and_the_same_object_does_not()
    {
        var flip = new DeepTrack.Fluent.Augmentations.FlipLeftRight<double>();
        var pipeline = flip.Build(new Image<double>(2, 2), seed: 0);
        var input = new Image<double>(2, 2);
        input[0, 0] = 1;
        var first = pipeline.Resolve(input);
        Assert.Same(first, pipeline.Resolve(input));
        Assert.Equal(1, pipeline.ComputationsOf(flip));
        var other = input.Clone();
        Assert.NotSame(first, pipeline.Resolve(other));
        Assert.Equal(2, pipeline.ComputationsOf(flip));
        Assert.Equal(1.0, first[0, 1]);
    }

    [Fact]
    public void Randomness_inside_compute_is_redrawn_per_sample()
    {
        var noise = new GaussianNoise();
        var pipeline = (Feature.Constant(new Image<double>(4, 4)) >> noise).Build(seed: 2);
        var a = pipeline.Resolve().AsSpan().ToArray();
        var b = pipeline.Resolve().AsSpan().ToArray();
        var c = pipeline.Update().Resolve().AsSpan().ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Bad_value_error_names_feature_property_and_value()
    {
        var noise = new GaussianNoise().WithSigma(-2);
        var pipeline = (Feature.Constant(new Image<double>(4, 4)) >> noise).Build();
        var error = Assert.Throws<PropertyValueException>(() => pipeline.Resolve());
        Assert.Equal("GaussianNoise", error.FeatureName);
        Assert.Equal("Sigma", error.PropertyName);
        Assert.Equal(-2.0, error.Value);
        Assert.Contains("GaussianNoise.Sigma = -2", error.Message);
    }

    [Fact]
    public void Evaluating_a_feature_that_is_not_in_the_pipeline_is_explained()
    {
        var hidden = Feature.Sampled(Distribution.Uniform(0, 1));
        var captured = Feature.Lambda<NoInput, double>(_ => 0) >> new Lambda<double, double>((x, ctx) => x + ctx.Evaluate(hidden, NoInput.Value));
        var error = Assert.Throws<InvalidOperationException>(() => captured.Build().Resolve());
        Assert.Contains("not part of the pipeline", error.Message);
    }

    [Fact]
    public void Resolved_copy_of_the_current_sample_holds_the_drawn_values()
    {
        var add = new AddAmount().WithAmount(Distribution.Uniform(0, 1));
        var pipeline = (Feature.Constant(10.0) >> add).Build(seed: 3);
        double output = pipeline.Resolve();
        Assert.Equal(output - 10, pipeline.Resolved(add).Amount, 12);
        pipeline.Update();
        Assert.NotEqual(output, 10 + pipeline.Resolved(add).Amount);
        Assert.Equal(pipeline.Resolve() - 10, pipeline.Resolved(add).Amount, 12);
    }
}
