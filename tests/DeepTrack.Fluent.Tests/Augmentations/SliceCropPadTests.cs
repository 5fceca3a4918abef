using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests.Augmentations;

/// <summary>NumPy's stepped slicing and the third axis of crop and pad, with NumPy's values written out.</summary>
public class SliceCropPadTests
{
    // x = np.arange(24).reshape(4, 6)
    private static readonly Image<double> Grid = Image<double>.FromArray(Enumerable.Range(0, 24).Select(i => (double)i).ToArray(), 4, 6);

    // v[p] = 100·p + np.arange(6).reshape(2, 3), three planes
    private static readonly Image<double> Volume = Image<double>.FromArray(
        Enumerable.Range(0, 3).SelectMany(p => Enumerable.Range(0, 6).Select(i => 100.0 * p + i)).ToArray(), 2, 3, 3);

    private static void AssertImage(int height, int width, double[] pixels, Image<double> image)
    {
        Assert.Equal((height, width), (image.Height, image.Width));
        Assert.Equal(pixels, image.AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void Slices_follow_numpy_for_steps_negative_steps_and_negative_indices()
    {
        // x[::2, ::-2] → [[5, 3, 1], [17, 15, 13]]
        AssertImage(2, 3, new double[] { 5, 3, 1, 17, 15, 13 }, new Slice<double>().WithRowStep(2).WithColumnStep(-2).Apply(Grid));

        // x[-3:, 1:5:3] → [[7, 10], [13, 16], [19, 22]]
        AssertImage(3, 2, new double[] { 7, 10, 13, 16, 19, 22 }, new Slice<double>().WithRowStart(-3).WithColumnStart(1).WithColumnStop(5).WithColumnStep(3).Apply(Grid));

        // x[3:0:-2, -1:] → [[23], [11]]
        AssertImage(2, 1, new double[] { 23, 11 }, new Slice<double>().WithRowStart(3).WithRowStop(0).WithRowStep(-2).WithColumnStart(-1).Apply(Grid));

        // x[:, :4][::-1, 6::-1] is x reversed on both axes (a stop of 6 with a negative step starts at the last column).
        var reversed = new Slice<double>().WithRowStep(-1).WithColumnStart(6).WithColumnStep(-1).Apply(Grid);
        Assert.Equal(Enumerable.Range(0, 24).Reverse().Select(i => (double)i).ToArray(), reversed.AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void Slicing_the_third_axis_selects_planes_and_keeps_a_volume()
    {
        // v[:, :, ::-2] → planes 2 and 0
        var planes = new Slice<double>().WithPlaneStep(-2).Apply(Volume);
        Assert.Equal((2, 3, 2, 3), (planes.Height, planes.Width, planes.Depth, planes.Rank));
        Assert.Equal(new double[] { 200, 201, 202, 203, 204, 205, 0, 1, 2, 3, 4, 5 }, planes.AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void Ground_truth_moves_with_the_sliced_pixels()
    {
        // 16 × 16 → rows 2, 4, …, 14 and columns 15, 12, …, 0: the dot at (6, 6) lands on (2, 3).
        var dot = new Dot().WithPosition(new PixelPosition(6, 6));
        var sliced = (dot >> new SumImages() >> new Slice<double>().WithRowStart(2).WithRowStep(2).WithColumnStep(-3)).Build().Resolve();
        var position = sliced.Get(dot, d => d.Position).Single();
        Assert.Equal(new PixelPosition(2, 3), position);
        Assert.Equal((7, 6), (sliced.Height, sliced.Width));
        Assert.Equal(1, sliced[2, 3]);
    }

    [Fact]
    public void Bad_slices_are_refused_where_numpy_clamps_or_returns_nothing()
    {
        var zero = Assert.Throws<PropertyValueException>(() => new Slice<double>().WithColumnStep(0).Apply(Grid));
        Assert.Equal("ColumnStep", zero.PropertyName);
        var outside = Assert.Throws<PropertyValueException>(() => new Slice<double>().WithRowStart(5).Apply(Grid));
        Assert.Equal("RowStart", outside.PropertyName);
        Assert.Contains("[−4, 4]", outside.Message);
        var empty = Assert.Throws<PropertyValueException>(() => new Slice<double>().WithRowStart(3).WithRowStop(1).Apply(Grid));
        Assert.Equal("RowStop", empty.PropertyName);
        Assert.Contains("selects nothing", empty.Message);
    }

    [Fact]
    public void Crop_cuts_planes_of_a_volume()
    {
        var cropped = new Crop<double>().WithTop(1).WithHeight(1).WithLeft(1).WithWidth(2).WithFront(1).WithDepth(2).Apply(Volume);
        Assert.Equal((1, 2, 2), (cropped.Height, cropped.Width, cropped.Depth));
        Assert.Equal(new double[] { 104, 105, 204, 205 }, cropped.AsReadOnlySpan().ToArray());
        Assert.Equal(2, new Crop<double>().WithHeight(2).WithWidth(3).WithFront(1).Apply(Volume).Depth);
        var tooDeep = Assert.Throws<PropertyValueException>(() => new Crop<double>().WithHeight(1).WithWidth(1).WithFront(2).WithDepth(2).Apply(Volume));
        Assert.Equal("Depth", tooDeep.PropertyName);
    }

    [Fact]
    public void Pad_adds_planes_as_numpy_pad_on_the_last_axis()
    {
        // np.pad(v, ((0, 0), (0, 0), (1, 2)), constant_values=9): planes 9, v0, v1, v2, 9, 9
        var constant = new Pad<double>().WithFront(1).WithBack(2).WithFillValue(9).Apply(Volume);
        Assert.Equal((2, 3, 6), (constant.Height, constant.Width, constant.Depth));
        Assert.All(new[] { 0, 4, 5 }, z => Assert.All(constant.Plane(z).ToArray(), v => Assert.Equal(9, v)));
        Assert.Equal(Volume.Plane(1).ToArray(), constant.Plane(2).ToArray());

        // mode="edge" repeats the first and last planes.
        var edge = new Pad<double>().WithFront(2).WithBack(1).WithMode(BorderMode.Nearest).Apply(Volume);
        Assert.Equal(Volume.Plane(0).ToArray(), edge.Plane(1).ToArray());
        Assert.Equal(Volume.Plane(2).ToArray(), edge.Plane(5).ToArray());

        // A 2-D image padded with planes becomes a volume.
        var flat = new Pad<double>().WithBack(1).Apply(Grid);
        Assert.Equal((3, 2), (flat.Rank, flat.Depth));
        Assert.Equal(Grid.AsReadOnlySpan().ToArray(), flat.Plane(0).ToArray());
    }
}
