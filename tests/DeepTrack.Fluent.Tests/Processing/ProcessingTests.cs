using System.Numerics;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests.Processing;

public class ProcessingTests
{
    private static TOut Run<T, TOut>(Image<T> image, Feature<Image<T>, TOut> feature)
        where T : unmanaged, INumberBase<T>
        => (Feature.Constant(image) >> feature).Build().Resolve();

    private static Image<double> Delta(int size, int row, int column)
    {
        var image = new Image<double>(size, size);
        image[row, column] = 1;
        return image;
    }

    private static double[] Gaussian1D(double sigma, int radius)
    {
        var g = Enumerable.Range(-radius, 2 * radius + 1).Select(i => Math.Exp(-i * i / (2 * sigma * sigma))).ToArray();
        double total = g.Sum();
        return g.Select(v => v / total).ToArray();
    }

    [Fact]
    public void Clip_limits_values_and_keeps_nan()
    {
        var image = Image<double>.FromArray([-2, -0.5, 0.3, 1.7, double.NaN, 1], 2, 3);
        var clipped = Run(image, new Clip<double>().WithMinimum(-1).WithMaximum(1));
        Assert.Equal([-1, -0.5, 0.3, 1, double.NaN, 1], clipped.AsReadOnlySpan().ToArray());
        Assert.Equal(-2, image[0, 0]);
        var error = Assert.Throws<PropertyValueException>(() => Run(image, new Clip<double>().WithMinimum(2).WithMaximum(1)));
        Assert.Equal("Maximum", error.PropertyName);
    }

    [Fact]
    public void NormalizeMinMax_maps_the_range_and_a_constant_image_to_the_minimum()
    {
        double[] values = [3, 5, 4, 11, 7, 9];
        var output = Run(Image<double>.FromArray(values, 2, 3), new NormalizeMinMax<double>().WithMinimum(-1).WithMaximum(3));
        var expected = values.Select(v => (v - 3) / 8 * 4 - 1).ToArray();
        Assert.Equal(expected, output.AsReadOnlySpan().ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
        var constant = Run(Image<float>.FromArray([2f, 2f, 2f, 2f], 2, 2), new NormalizeMinMax<float>().WithMinimum(0.5));
        Assert.All(constant.AsReadOnlySpan().ToArray(), v => Assert.Equal(0.5f, v));
    }

    [Fact]
    public void NormalizeStandard_gives_zero_mean_and_unit_population_deviation()
    {
        double[] values = [1, 2, 4, 8, 16, 32];
        var output = Run(Image<double>.FromArray(values, 3, 2), new NormalizeStandard<double>()).AsReadOnlySpan().ToArray();
        double mean = values.Average(), sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        Assert.Equal(values.Select(v => (v - mean) / sd).ToArray(), output, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(0, output.Average(), 12);
        Assert.Equal(1, Math.Sqrt(output.Sum(v => v * v) / output.Length), 12);
        var constant = Run(Image<double>.FromArray([7, 7, 7, 7], 2, 2), new NormalizeStandard<double>());
        Assert.All(constant.AsReadOnlySpan().ToArray(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void NormalizeQuantile_centres_on_the_median_and_scales_by_the_interquartile_range()
    {
        double[] values = [9, 1, 8, 2, 7, 3, 6, 4, 5];
        var output = Run(Image<double>.FromArray(values, 3, 3), new NormalizeQuantile<double>());
        Assert.Equal(values.Select(v => (v - 5) / 4).ToArray(), output.AsReadOnlySpan().ToArray());
        var wide = Run(Image<double>.FromArray(values, 3, 3), new NormalizeQuantile<double>().WithLowQuantile(0.1).WithHighQuantile(0.9));
        Assert.Equal((9 - 5) / (8.2 - 1.8), wide[0, 0], 12);
        Assert.Throws<PropertyValueException>(() => Run(Image<double>.FromArray(values, 3, 3), new NormalizeQuantile<double>().WithLowQuantile(0.8).WithHighQuantile(0.2)));
    }

    [Fact]
    public void Quantile_interpolates_linearly_like_numpy()
    {
        var image = Image<double>.FromArray([4, 1, 3, 2], 2, 2);
        Assert.Equal(1.75, Run(image, new Quantile<double>().WithProbability(0.25)), 12);
        Assert.Equal(2.5, Run(image, new Quantile<double>()), 12);
        Assert.Equal(4, Run(image, new Quantile<double>().WithProbability(1)), 12);
        Assert.Equal(1, Run(image, new Quantile<double>().WithProbability(0)), 12);
    }

    [Fact]
    public void GaussianBlur_of_a_delta_is_the_sampled_normalised_gaussian()
    {
        const double sigma = 1.5;
        int radius = (int)(4 * sigma + 0.5);
        var g = Gaussian1D(sigma, radius);
        var blurred = Run(Delta(21, 10, 10), new GaussianBlur<double>().WithSigma(sigma));
        for (int row = 0; row < 21; row++)
        {
            for (int column = 0; column < 21; column++)
            {
                int dr = row - 10, dc = column - 10;
                double expected = Math.Abs(dr) <= radius && Math.Abs(dc) <= radius ? g[dr + radius] * g[dc + radius] : 0;
                Assert.Equal(expected, blurred[row, column], 14);
            }
        }
    }

    [Fact]
    public void GaussianBlur_border_modes_keep_or_lose_mass_at_a_corner()
    {
        const double sigma = 1;
        var g = Gaussian1D(sigma, 4);
        var reflected = Run(Delta(12, 0, 0), new GaussianBlur<double>().WithSigma(sigma));
        Assert.Equal(1, reflected.Sum(), 12);
        Assert.Equal(Math.Pow(g[4] + g[3], 2), reflected[0, 0], 14);
        var constant = Run(Delta(12, 0, 0), new GaussianBlur<double>().WithSigma(sigma).WithMode(BorderMode.Constant));
        Assert.Equal(Math.Pow(g.Skip(4).Sum(), 2), constant.Sum(), 12);
        var wrapped = Run(Delta(12, 0, 0), new GaussianBlur<double>().WithSigma(sigma).WithMode(BorderMode.Wrap));
        Assert.Equal(g[3] * g[3], wrapped[11, 11], 14);
        var mirrored = Run(Delta(12, 0, 0), new GaussianBlur<double>().WithSigma(sigma).WithMode(BorderMode.Mirror));
        Assert.Equal(g[4] * g[4], mirrored[0, 0], 14);
        Assert.Equal(g[3] * g[3], mirrored[1, 1], 14);
        Assert.Equal(Math.Pow(g.Skip(4).Sum(), 2), mirrored.Sum(), 12);
    }

    [Fact]
    public void GaussianBlur_blurs_complex_images_and_each_plane_separately()
    {
        var image = new Image<Complex>(9, 9, 2);
        image[4, 4, 1] = new Complex(0, 2);
        var blurred = Run(image, new GaussianBlur<Complex>().WithSigma(1));
        Assert.Equal(0, blurred.Plane(0).ToArray().Sum(z => z.Magnitude));
        var g = Gaussian1D(1, 4);
        Assert.Equal(2 * g[4] * g[4], blurred[4, 4, 1].Imaginary, 14);
        Assert.Equal(0, blurred[4, 4, 1].Real);
    }

    [Fact]
    public void AverageBlur_spreads_a_delta_over_its_window()
    {
        var blurred = Run(Delta(7, 3, 3), new AverageBlur<double>());
        for (int row = 0; row < 7; row++)
        {
            for (int column = 0; column < 7; column++)
            {
                Assert.Equal(Math.Abs(row - 3) <= 1 && Math.Abs(column - 3) <= 1 ? 1.0 / 9 : 0, blurred[row, column], 14);
            }
        }

        var wrapped = Run(Delta(7, 0, 0), new AverageBlur<double>().WithKernelSize(5).WithMode(BorderMode.Wrap));
        Assert.Equal(1.0 / 25, wrapped[5, 6], 14);
        Assert.Throws<PropertyValueException>(() => Run(Delta(7, 0, 0), new AverageBlur<double>().WithKernelSize(4)));
    }

    [Fact]
    public void MedianBlur_takes_window_medians_with_each_border_mode()
    {
        var image = Image<double>.FromArray([1, 2, 3, 4, 100, 6, 7, 8, 9], 3, 3);
        var reflected = Run(image, new MedianBlur<double>());
        Assert.Equal(6, reflected[1, 1]);
        Assert.Equal(2, reflected[0, 0]);
        Assert.Equal(9, reflected[2, 2]);
        var constant = Run(image, new MedianBlur<double>().WithMode(BorderMode.Constant));
        Assert.Equal(0, constant[0, 0]);
        var integers = Run(Image<int>.FromArray([5, 5, 5, 0, 5, 5, 5, 5, 5], 3, 3), new MedianBlur<int>());
        Assert.All(integers.AsReadOnlySpan().ToArray(), v => Assert.Equal(5, v));
    }

    [Fact]
    public void Pools_reduce_blocks_and_map_positions()
    {
        var values = new double[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4 };
        var image = Image<double>.FromArray(values, 4, 6);
        double[] Block(int br, int bc) => [values[2 * br * 6 + 2 * bc], values[2 * br * 6 + 2 * bc + 1], values[(2 * br + 1) * 6 + 2 * bc], values[(2 * br + 1) * 6 + 2 * bc + 1]];
        var blocks = Enumerable.Range(0, 2).SelectMany(r => Enumerable.Range(0, 3).Select(c => Block(r, c))).ToArray();
        Assert.Equal(blocks.Select(b => b.Max()).ToArray(), Run(image, new MaxPool<double>()).AsReadOnlySpan().ToArray());
        Assert.Equal(blocks.Select(b => b.Min()).ToArray(), Run(image, new MinPool<double>()).AsReadOnlySpan().ToArray());
        Assert.Equal(blocks.Select(b => b.Order().Skip(1).Take(2).Average()).ToArray(), Run(image, new MedianPool<double>()).AsReadOnlySpan().ToArray());
        var odd = Run(image, new MedianPool<double>().WithFactor(3));
        Assert.Equal((1, 2), (odd.Height, odd.Width));
        Assert.Equal(new[] { 0, 1, 2, 6, 7, 8, 12, 13, 14 }.Select(i => values[i]).Order().ElementAt(4), odd[0, 0]);

        var dot = new Dot().WithPosition(new PixelPosition(5, 7));
        var pooled = (dot >> new SumImages() >> new MaxPool<double>()).Build().Resolve();
        Assert.Equal(new PixelPosition(2.25, 3.25), pooled.Get(dot, d => d.Position).Single());
        Assert.Equal(1, pooled[2, 3]);
    }

    [Fact]
    public void Elementwise_functions_match_System_Math()
    {
        double[] values = [-2.5, -0.5, 0, 0.25, 0.5, 1.5, 2.5, 3];
        var expected = new Dictionary<ElementwiseFunction, Func<double, double>>
        {
            [ElementwiseFunction.Sin] = Math.Sin, [ElementwiseFunction.Cos] = Math.Cos, [ElementwiseFunction.Tan] = Math.Tan,
            [ElementwiseFunction.Asin] = Math.Asin, [ElementwiseFunction.Acos] = Math.Acos, [ElementwiseFunction.Atan] = Math.Atan,
            [ElementwiseFunction.Sinh] = Math.Sinh, [ElementwiseFunction.Cosh] = Math.Cosh, [ElementwiseFunction.Tanh] = Math.Tanh,
            [ElementwiseFunction.Asinh] = Math.Asinh, [ElementwiseFunction.Acosh] = Math.Acosh, [ElementwiseFunction.Atanh] = Math.Atanh,
            [ElementwiseFunction.Round] = v => Math.Round(v, MidpointRounding.ToEven), [ElementwiseFunction.Floor] = Math.Floor,
            [ElementwiseFunction.Ceiling] = Math.Ceiling, [ElementwiseFunction.Exp] = Math.Exp, [ElementwiseFunction.Log] = Math.Log,
            [ElementwiseFunction.Log10] = Math.Log10, [ElementwiseFunction.Log2] = Math.Log2, [ElementwiseFunction.Sqrt] = Math.Sqrt,
            [ElementwiseFunction.Square] = v => v * v, [ElementwiseFunction.Abs] = Math.Abs, [ElementwiseFunction.Sign] = v => Math.Sign(v),
        };
        Assert.Equal(Enum.GetValues<ElementwiseFunction>().Length, expected.Count);
        var image = Image<double>.FromArray(values, 2, 4);
        foreach (var (function, reference) in expected)
        {
            var output = Run(image, new Elementwise<double>().WithFunction(function)).AsReadOnlySpan().ToArray();
            Assert.Equal(values.Select(reference).ToArray(), output, (a, b) => a.Equals(b) || Math.Abs(a - b) <= 1e-14 * Math.Max(1, Math.Abs(b)));
        }

        Assert.Equal([-2, 2, 2], Run(Image<double>.FromArray([-2.5, 1.5, 2.5], 1, 3), new Elementwise<double>().WithFunction(ElementwiseFunction.Round)).AsReadOnlySpan().ToArray());
        Assert.True(double.IsNaN(Run(Image<double>.FromArray([double.NaN], 1, 1), new Elementwise<double>().WithFunction(ElementwiseFunction.Sign))[0, 0]));
    }

    [Fact]
    public void Complex_parts_and_conjugate_match_System_Numerics()
    {
        Complex[] values = [new(3, 4), new(-1, 0), new(0, -2), new(-1, -1)];
        var image = Image<Complex>.FromArray(values, 2, 2);
        var expected = new Dictionary<ComplexPart, Func<Complex, double>>
        {
            [ComplexPart.Real] = z => z.Real, [ComplexPart.Imaginary] = z => z.Imaginary, [ComplexPart.Magnitude] = Complex.Abs,
            [ComplexPart.Phase] = z => Math.Atan2(z.Imaginary, z.Real), [ComplexPart.SquaredMagnitude] = z => Complex.Abs(z) * Complex.Abs(z),
        };
        foreach (var (part, reference) in expected)
        {
            var output = Run(image, new ComplexComponent().WithPart(part)).AsReadOnlySpan().ToArray();
            Assert.Equal(values.Select(reference).ToArray(), output, (a, b) => Math.Abs(a - b) < 1e-12);
        }

        Assert.Equal(values.Select(Complex.Conjugate).ToArray(), Run(image, new Conjugate()).AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void Reducers_match_independent_statistics()
    {
        double[] values = [2, 7, 1, 8, 2, 8, 1, 8];
        var image = Image<double>.FromArray(values, 2, 2, 2);
        double mean = values.Average(), variance = values.Sum(v => (v - mean) * (v - mean)) / values.Length;
        var expected = new Dictionary<Reduction, double>
        {
            [Reduction.Sum] = 37, [Reduction.Product] = 2 * 7 * 1 * 8 * 2 * 8 * 1 * 8, [Reduction.Mean] = mean,
            [Reduction.Median] = (2 + 7) / 2.0, [Reduction.Variance] = variance, [Reduction.StandardDeviation] = Math.Sqrt(variance),
            [Reduction.Minimum] = 1, [Reduction.Maximum] = 8, [Reduction.PeakToPeak] = 7, [Reduction.Quantile] = (2 + 7) / 2.0,
        };
        Assert.Equal(Enum.GetValues<Reduction>().Length, expected.Count);
        foreach (var (reduction, value) in expected)
        {
            Assert.Equal(value, Run(image, new Reduce<double>().WithFunction(reduction)), 12);
        }
    }
}
