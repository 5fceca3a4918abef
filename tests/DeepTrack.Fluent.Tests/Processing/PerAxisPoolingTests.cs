using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests.Processing;

/// <summary>Pooling with a block size per axis, as scikit-image's block_reduce with a tuple ksize (DeepTrack 2.0's pooling features).</summary>
public class PerAxisPoolingTests
{
    // x[p, r, c] = 100·p + 10·r + c, 4 rows × 6 columns × 2 planes.
    private static readonly Image<double> Volume = Image<double>.FromArray(
        Enumerable.Range(0, 2).SelectMany(p => Enumerable.Range(0, 4).SelectMany(r => Enumerable.Range(0, 6).Select(c => 100.0 * p + 10 * r + c))).ToArray(), 4, 6, 2);

    /// <summary>block_reduce(x, (rows, columns, planes), reduce) written out by index, independently of the library.</summary>
    private static double[] Expected(int rows, int columns, int planes, Func<IEnumerable<double>, double> reduce)
    {
        var result = new List<double>();
        for (int p = 0; p < 2 / planes; p++)
        {
            for (int r = 0; r < 4 / rows; r++)
            {
                for (int c = 0; c < 6 / columns; c++)
                {
                    var block = from dp in Enumerable.Range(0, planes)
                                from dr in Enumerable.Range(0, rows)
                                from dc in Enumerable.Range(0, columns)
                                select 100.0 * (p * planes + dp) + 10 * (r * rows + dr) + c * columns + dc;
                    result.Add(reduce(block));
                }
            }
        }

        return result.ToArray();
    }

    [Fact]
    public void Every_pool_reduces_blocks_of_its_own_size_per_axis()
    {
        var mean = new AveragePool<double>().WithRowFactor(1).WithColumnFactor(3).WithPlaneFactor(2).Apply(Volume);
        Assert.Equal((4, 2, 1, 3), (mean.Height, mean.Width, mean.Depth, mean.Rank));
        Assert.All(Expected(1, 3, 2, b => b.Average()).Zip(mean.AsReadOnlySpan().ToArray()), p => Assert.Equal(p.First, p.Second, 12));

        var max = new MaxPool<double>().WithFactor(2).WithColumnFactor(3).Apply(Volume);
        Assert.Equal((2, 2, 2), (max.Height, max.Width, max.Depth));
        Assert.Equal(Expected(2, 3, 1, b => b.Max()), max.AsReadOnlySpan().ToArray());

        var min = new MinPool<double>().WithRowFactor(4).WithColumnFactor(1).WithPlaneFactor(2).Apply(Volume);
        Assert.Equal(Expected(4, 1, 2, b => b.Min()), min.AsReadOnlySpan().ToArray());

        var median = new MedianPool<double>().WithRowFactor(3).WithColumnFactor(2).Apply(Volume);
        Assert.Equal((1, 3, 2), (median.Height, median.Width, median.Depth));
        Assert.Equal(Expected(3, 2, 1, b => b.Order().Skip(2).Take(2).Average()), median.AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void A_rectangular_block_maps_positions_by_its_own_factors()
    {
        var dot = new Dot().WithPosition(new PixelPosition(5, 7));
        var pooled = (dot >> new SumImages() >> new MaxPool<double>().WithRowFactor(2).WithColumnFactor(4)).Build().Resolve();
        Assert.Equal(new PixelPosition((5 - 0.5) / 2, (7 - 1.5) / 4), pooled.Get(dot, d => d.Position).Single());
        Assert.Equal(1, pooled[2, 1]);
    }

    [Fact]
    public void A_block_that_does_not_fit_names_the_property_that_set_it()
    {
        var planes = Assert.Throws<PropertyValueException>(() => new AveragePool<double>().WithPlaneFactor(3).Apply(Volume));
        Assert.Equal("PlaneFactor", planes.PropertyName);
        Assert.Equal((object)3, planes.Value);
        Assert.Contains("2 planes", planes.Message);
        var rows = Assert.Throws<PropertyValueException>(() => new MaxPool<double>().WithRowFactor(5).Apply(Volume));
        Assert.Equal("RowFactor", rows.PropertyName);
        var square = Assert.Throws<PropertyValueException>(() => new MinPool<double>().WithFactor(0).Apply(Volume));
        Assert.Equal("Factor", square.PropertyName);
        var columns = Assert.Throws<PropertyValueException>(() => new MedianPool<double>().WithColumnFactor(-1).Apply(Volume));
        Assert.Equal("ColumnFactor", columns.PropertyName);
        Assert.Equal((object)(-1), columns.Value);
    }
}
