using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class PropertyTests
{
    [Fact]
    public void Default_from_the_declaration_is_used()
    {
        var circle = new Circle().WithArea(c => Math.PI * c.Radius * c.Radius);
        Assert.Equal(Math.PI, circle.Build().Resolve(), 12);
    }

    [Fact]
    public void Constant_from_setter_and_from_object_initializer()
    {
        Assert.Equal(5, (Feature.Constant(2.0) >> new AddAmount().WithAmount(3)).Build().Resolve());
        Assert.Equal(6, (Feature.Constant(2.0) >> new AddAmount { Amount = 4 }).Build().Resolve());
    }

    [Fact]
    public void Setters_return_copies_and_leave_the_original_unchanged()
    {
        var original = new AddAmount { Amount = 1 };
        var changed = original.WithAmount(7);
        Assert.NotSame(original, changed);
        Assert.Equal(1, original.Amount);
        Assert.Equal(7, changed.Amount);
    }

    [Fact]
    public void Missing_value_names_the_feature_and_the_property()
    {
        var pipeline = (Feature.Constant(1.0) >> new AddAmount()).Build();
        var error = Assert.Throws<MissingPropertyValueException>(() => pipeline.Resolve());
        Assert.Equal("AddAmount", error.FeatureName);
        Assert.Equal("Amount", error.PropertyName);
        Assert.Contains("AddAmount.Amount", error.Message);
    }

    [Fact]
    public void Distribution_is_drawn_again_per_sample_within_its_bounds()
    {
        var pipeline = Feature.Sampled(Distribution.Uniform(10, 20)).Build(seed: 3);
        var values = Enumerable.Range(0, 200).Select(_ => { double v = pipeline.Resolve(); pipeline.Update(); return v; }).ToArray();
        Assert.All(values, v => Assert.InRange(v, 10, 20));
        Assert.True(values.Distinct().Count() > 190);
        Assert.InRange(values.Average(), 14, 16);
    }

    [Fact]
    public void Sampler_function_is_called_once_per_sample()
    {
        int calls = 0;
        var pipeline = (Feature.Constant(0.0) >> new AddAmount().WithAmount(() => ++calls)).Build();
        Assert.Equal(1, pipeline.Resolve());
        Assert.Equal(1, pipeline.Resolve());
        Assert.Equal(2, pipeline.Update().Resolve());
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Function_of_the_same_feature_reads_resolved_siblings_in_any_order()
    {
        // Perimeter is declared after Area but Area reads it: resolution is on demand.
        var circle = new Circle()
            .WithRadius(Distribution.Uniform(1, 2))
            .WithPerimeter(c => 2 * Math.PI * c.Radius)
            .WithArea(c => c.Perimeter * c.Radius / 2);
        var pipeline = circle.Build(seed: 9);
        for (int i = 0; i < 20; i++)
        {
            double area = pipeline.Resolve();
            var truthRadius = Math.Sqrt(area / Math.PI);
            Assert.InRange(truthRadius, 1, 2);
            pipeline.Update();
        }
    }

    [Fact]
    public void Function_of_another_feature_sees_the_same_sample()
    {
        var radius = Feature.Sampled(Distribution.Uniform(0, 1));
        var follower = new AddAmount().WithAmount(radius, r => 100 * r.Content);
        var pipeline = (radius & (radius >> follower)).Build(seed: 4);
        var seen = new HashSet<double>();
        for (int i = 0; i < 50; i++)
        {
            var (r, output) = pipeline.Resolve();
            Assert.Equal(101 * r, output, 12);
            seen.Add(r);
            pipeline.Update();
        }

        Assert.Equal(50, seen.Count);
    }

    [Fact]
    public void Cross_feature_value_equals_the_value_the_other_feature_used()
    {
        var source = Feature.Sampled(Distribution.Uniform(0, 1));
        var shifted = Feature.Constant(0.0) >> new AddAmount().WithAmount(source, s => s.Content + 5);
        var pipeline = (source & shifted).Build(seed: 11);
        for (int i = 0; i < 50; i++)
        {
            var (a, b) = pipeline.Resolve();
            Assert.Equal(a + 5, b, 12);
            pipeline.Update();
        }
    }

    [Fact]
    public void Self_cycle_is_reported_with_its_path()
    {
        var loop = new Loop().WithA(l => l.B + 1).WithB(l => l.A + 1);
        var error = Assert.Throws<PropertyCycleException>(() => loop.Build().Resolve());
        Assert.Equal("Loop", error.FeatureName);
        Assert.Equal(["A", "B", "A"], error.Cycle);
    }

    [Fact]
    public void Reading_a_sampled_property_of_a_pipeline_description_explains_where_to_read_it()
    {
        var amount = new AddAmount().WithAmount(Distribution.Uniform(0, 1));
        var error = Assert.Throws<InvalidOperationException>(() => amount.Amount);
        Assert.Contains("AddAmount.Amount", error.Message);
        Assert.Contains("Uniform(0, 1)", error.Message);
    }

    [Fact]
    public void Printout_shows_rules_and_resolved_values()
    {
        var circle = new Circle().WithRadius(Distribution.Uniform(1, 2)).WithArea(3.5);
        Assert.Equal("Circle { Radius = Uniform(1, 2), Area = 3.5, Perimeter = 0 }", circle.ToString());
        Assert.Equal("AddAmount { Amount = <unset> }", new AddAmount().ToString());
    }

    [Fact]
    public void Generic_feature_works_for_several_number_types()
    {
        Assert.Equal(6.0, (Feature.Constant(2.0) >> new Scale<double>().WithFactor(3.0)).Build().Resolve());
        Assert.Equal(12, (Feature.Constant(4) >> new Scale<int>().WithFactor(3)).Build().Resolve());
    }

    [Fact]
    public void Inherited_properties_stay_wireable_and_keep_the_derived_type()
    {
        Dot dot = new Dot().WithPosition(new PixelPosition(1, 2)).WithIntensity(Distribution.Uniform(1, 2)).WithRadius(3);
        var image = (dot >> new SumImages()).Build().Resolve();
        Assert.Equal(new PixelPosition(1, 2), image.Get(dot, d => d.Position).Single());
        Assert.InRange(image[1, 2], 1, 2);
    }

    [Fact]
    public void Features_compare_by_identity()
    {
        var a = new AddAmount { Amount = 1 };
        var b = new AddAmount { Amount = 1 };
        Assert.NotEqual(a, b);
        Assert.Equal(a, a);
        Assert.Equal(2, new HashSet<Feature> { a, b, a }.Count);
    }
}
