using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Tests.Processing;

/// <summary>Statistics along an axis and across images, cumulative sums and pixel-type conversion, checked against NumPy's values.</summary>
public class StatisticsAndConversionTests
{
    // np.array([[1, 2, 3], [4, 5, 9]], float)
    private static Image<double> Matrix() => Image<double>.FromArray([1, 2, 3, 4, 5, 9], 2, 3);

    private static double[] Pixels<T>(Image<T> image)
        where T : unmanaged, INumberBase<T>
        => image.AsSpan().ToArray().Select(v => double.CreateChecked(v)).ToArray();

    [Theory]
    [InlineData(ImageAxis.Rows, Reduction.Sum, new double[] { 5, 7, 12 })]
    [InlineData(ImageAxis.Columns, Reduction.Sum, new double[] { 6, 18 })]
    [InlineData(ImageAxis.Rows, Reduction.Mean, new double[] { 2.5, 3.5, 6 })]
    [InlineData(ImageAxis.Columns, Reduction.Mean, new double[] { 2, 6 })]
    [InlineData(ImageAxis.Rows, Reduction.StandardDeviation, new double[] { 1.5, 1.5, 3 })]
    [InlineData(ImageAxis.Columns, Reduction.Median, new double[] { 2, 5 })]
    [InlineData(ImageAxis.Columns, Reduction.Minimum, new double[] { 1, 4 })]
    [InlineData(ImageAxis.Rows, Reduction.Maximum, new double[] { 4, 5, 9 })]
    [InlineData(ImageAxis.Columns, Reduction.PeakToPeak, new double[] { 2, 5 })]
    public void Reductions_along_an_axis_match_numpy(ImageAxis axis, Reduction function, double[] expected)
    {
        var result = new ReduceAxis<double>().WithAxis(axis).WithFunction(function).Apply(Matrix());
        Assert.Equal(axis == ImageAxis.Rows ? (1, 3) : (2, 1), (result.Height, result.Width));
        Assert.Equal(expected, Pixels(result).Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Percentiles_along_an_axis_and_through_planes()
    {
        // np.percentile([[1, 2, 3], [4, 5, 9]], 25, axis=1) → [1.5, 4.5].
        var quartile = new ReduceAxis<double>().WithAxis(ImageAxis.Columns).WithFunction(Reduction.Quantile).WithProbability(0.25).Apply(Matrix());
        Assert.Equal([1.5, 4.5], Pixels(quartile));

        // Planes (2 × 2 × 3); the 0.75-quantile of all 12 values lies at 8.25 of the sorted list: 100 + 0.25·100 = 125.
        // Planes (2 × 2 × 3): the mean of each pixel's three planes is a 2-D image.
        var stack = Image<double>.FromArray([1, 2, 3, 4, 10, 20, 30, 40, 100, 200, 300, 400], 2, 2, 3);
        var mean = new ReduceAxis<double>().WithAxis(ImageAxis.Planes).Apply(stack);
        Assert.Equal((2, 2, 2), (mean.Height, mean.Width, mean.Rank));
        Assert.Equal([37, 74, 111, 148], Pixels(mean));
        Assert.Equal(125, new Reduce<double>().WithFunction(Reduction.Quantile).WithProbability(0.75).Apply(stack), 12);
    }

    [Fact]
    public void Statistics_across_a_list_of_images_are_pixel_by_pixel()
    {
        IReadOnlyList<Image<double>> frames = [Image<double>.FromArray([1, 5], 1, 2), Image<double>.FromArray([3, 1], 1, 2), Image<double>.FromArray([2, 9], 1, 2)];
        Assert.Equal([2, 5], Pixels(new ReduceImages<double>().WithFunction(Reduction.Median).Apply(frames)));
        Assert.Equal([6, 15], Pixels(new ReduceImages<double>().WithFunction(Reduction.Sum).Apply(frames)));
        Assert.Equal([3, 9], Pixels(new ReduceImages<double>().WithFunction(Reduction.Maximum).Apply(frames)));
        var error = Assert.Throws<PropertyValueException>(() => new ReduceImages<double>().Apply([Image<double>.FromArray([1, 2], 1, 2), new Image<double>(2, 2)]));
        Assert.Contains("shape", error.Message);
        Assert.Throws<PropertyValueException>(() => new ReduceImages<double>().Apply([]));
    }

    [Fact]
    public void Cumulative_sums_match_numpy()
    {
        // np.cumsum(a, axis=0) → [[1, 2, 3], [5, 7, 12]]; axis=1 → [[1, 3, 6], [4, 9, 18]].
        Assert.Equal([1, 2, 3, 5, 7, 12], Pixels(new CumulativeSum<double>().WithAxis(ImageAxis.Rows).Apply(Matrix())));
        Assert.Equal([1, 3, 6, 4, 9, 18], Pixels(new CumulativeSum<double>().WithAxis(ImageAxis.Columns).Apply(Matrix())));
        var stack = Image<int>.FromArray([1, 2, 3, 4, 10, 20, 30, 40], 2, 2, 2);
        Assert.Equal([1, 2, 3, 4, 11, 22, 33, 44], Pixels(new CumulativeSum<int>().WithAxis(ImageAxis.Planes).Apply(stack)));
    }

    [Fact]
    public void Pixel_types_convert_as_numpy_astype_and_refuse_what_does_not_fit()
    {
        var values = Feature.Constant(Image<double>.FromArray([-2.7, -0.5, 0, 1.9, 255.5, 3], 2, 3));

        // np.array([-2.7, -0.5, 0, 1.9, 255.5, 3]).astype(int) → [-2, 0, 0, 1, 255, 3].
        Assert.Equal([-2, 0, 0, 1, 255, 3], values.AsInt().Build().Resolve().AsSpan().ToArray());
        Assert.Equal([-2.7f, -0.5f, 0f, 1.9f, 255.5f, 3f], values.AsFloat().Build().Resolve().AsSpan().ToArray());
        var complex = values.AsComplex().Build().Resolve();
        Assert.Equal(new Complex(1.9, 0), complex[1, 0]);
        Assert.Equal([-2.7, -0.5, 0, 1.9, 255.5, 3], Pixels(Feature.Constant(complex).AsDouble().Build().Resolve()));
        Assert.Equal(Pixels(values.Build().Resolve()), Pixels(values.AsFloat().AsDouble().Build().Resolve()).Select(v => Math.Round(v, 5)));

        // NaN to an integer and a complex pixel with an imaginary part to a real type are named, not wrapped or dropped.
        var nan = Assert.Throws<InvalidOperationException>(() => Feature.Constant(Image<double>.FromArray([1, double.NaN], 1, 2)).AsInt().Build().Resolve());
        Assert.Contains("(0, 1, 0) = NaN", nan.Message);
        var imaginary = Assert.Throws<InvalidOperationException>(() => Feature.Constant(Image<Complex>.FromArray([new Complex(1, 2)], 1, 1)).AsDouble().Build().Resolve());
        Assert.Contains("Double", imaginary.Message);
        Assert.Throws<InvalidOperationException>(() => Feature.Constant(Image<double>.FromArray([1e10], 1, 1)).AsInt().Build().Resolve());
        Assert.Throws<InvalidOperationException>(() => Feature.Constant(Image<double>.FromArray([256], 1, 1)).AsByte().Build().Resolve());
        Assert.Equal([0, 65535], Feature.Constant(Image<double>.FromArray([0, 65535.9], 1, 2)).AsUInt16().Build().Resolve().AsSpan().ToArray().Select(v => (int)v));
    }
}
