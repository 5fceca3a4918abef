using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class CombineAndOperatorTests
{
    [Fact]
    public void Image_and_label_come_from_the_same_draw_and_shared_upstream_is_evaluated_once()
    {
        var dot = new Dot().WithPosition(Distribution.UniformPosition(0, 16, 0, 16));
        var dots = dot ^ 4;
        var pipeline = ((dots >> new SumImages()) & (dots >> new MaskImages())).Build(seed: 21);
        for (int sample = 0; sample < 10; sample++)
        {
            var (image, mask) = pipeline.Resolve();
            var bright = image.AsSpan().ToArray().Select(v => v > 0).ToArray();
            var labelled = mask.AsSpan().ToArray().Select(v => v > 0).ToArray();
            Assert.Equal(bright, labelled);
            Assert.Equal(image.Get(dot, d => d.Position), mask.Get(dot, d => d.Position));
            pipeline.Update();
        }

        Assert.Equal(10 * 4, pipeline.ComputationsOf(dot));
    }

    [Fact]
    public void Three_way_combine_is_a_flat_triple()
    {
        var a = Feature.Constant(1.0);
        var b = Feature.Constant("two");
        var c = Feature.Constant(3);
        (double x, string y, int z) = (a & b & c).Build().Resolve();
        Assert.Equal((1.0, "two", 3), (x, y, z));
    }

    [Fact]
    public void Scalar_arithmetic_with_constants_on_either_side()
    {
        var two = Feature.Constant(2.0);
        Assert.Equal(5, (two + 3.0).Build().Resolve());
        Assert.Equal(5, (3.0 + two).Build().Resolve());
        Assert.Equal(-1, (two - 3.0).Build().Resolve());
        Assert.Equal(1, (3.0 - two).Build().Resolve());
        Assert.Equal(6, (two * 3.0).Build().Resolve());
        Assert.Equal(2.0 / 3, (two / 3.0).Build().Resolve());
        Assert.Equal(1.5, (3.0 / two).Build().Resolve());
    }

    [Fact]
    public void Arithmetic_with_a_distribution_draws_per_sample_and_is_in_ground_truth()
    {
        var image = Feature.Constant(new Image<double>(2, 2)) + Distribution.Uniform(5, 6);
        var pipeline = image.Build(seed: 1);
        var first = pipeline.Resolve();
        var second = pipeline.Update().Resolve();
        Assert.InRange(first[0, 0], 5, 6);
        Assert.Equal(first[0, 0], first[1, 1]);
        Assert.NotEqual(first[0, 0], second[0, 0]);
        var offset = first.Truth.Entries.Single(e => e.Values is Arithmetic<Image<double>, double>).Values;
        Assert.Equal(first[0, 0], ((Arithmetic<Image<double>, double>)offset).Operand);
    }

    [Fact]
    public void Arithmetic_between_features_uses_the_same_input_and_draw()
    {
        var source = Feature.Sampled(Distribution.Uniform(1, 2));
        var doubled = source + source;
        var ratio = (source * 4.0) / source;
        var pipeline = (source & doubled & ratio).Build(seed: 2);
        var (s, d, r) = pipeline.Resolve();
        Assert.Equal(2 * s, d, 12);
        Assert.Equal(4, r, 12);
    }

    [Fact]
    public void Image_arithmetic_keeps_ground_truth()
    {
        var dot = new Dot().WithPosition(new PixelPosition(3, 4)).WithIntensity(2);
        var pipeline = ((dot >> new SumImages()) * 3.0 - 1.0).Build();
        var image = pipeline.Resolve();
        Assert.Equal(5.0, image[3, 4]);
        Assert.Equal(-1.0, image[0, 0]);
        Assert.Equal([new PixelPosition(3, 4)], image.Get(dot, d => d.Position));
    }
}
