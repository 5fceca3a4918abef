using System.Numerics;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests.Processing;

/// <summary>Stacking, selecting and adding planes (channels), one-hot class maps and the transpose, checked against NumPy's values.</summary>
public class ShapeAndChannelTests
{
    private static double[] Pixels<T>(Image<T> image)
        where T : unmanaged, INumberBase<T>
        => image.AsSpan().ToArray().Select(v => double.CreateChecked(v)).ToArray();

    [Fact]
    public void Stacking_images_gives_one_plane_per_image_as_numpy_stack()
    {
        // a = [[1, 2, 3], [4, 5, 6]], b = 10 * a; np.stack([a, b], axis=-1)[1, 2] → [6, 60], shape (2, 3, 2).
        var a = Image<double>.FromArray([1, 2, 3, 4, 5, 6], 2, 3);
        var b = Image<double>.FromArray([10, 20, 30, 40, 50, 60], 2, 3);
        var stack = new StackPlanes<double>().Apply([a, b]);
        Assert.Equal((2, 3, 2, 3), (stack.Height, stack.Width, stack.Depth, stack.Rank));
        Assert.Equal((6.0, 60.0), (stack[1, 2, 0], stack[1, 2, 1]));
        Assert.Equal([1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60], Pixels(stack));

        // One image still gives a 3-D image, of one plane (np.stack([a], axis=-1).shape == (2, 3, 1)).
        Assert.Equal((1, 3), (new StackPlanes<double>().Apply([a]).Depth, new StackPlanes<double>().Apply([a]).Rank));
    }

    [Fact]
    public void Stacking_refuses_an_empty_list_mismatched_shapes_and_3d_images()
    {
        var empty = Assert.Throws<PropertyValueException>(() => new StackPlanes<double>().Apply([]));
        Assert.Contains("StackPlanes", empty.Message);
        Assert.Contains("at least 1 image", empty.Message);
        var mismatch = Assert.Throws<PropertyValueException>(() => new StackPlanes<double>().Apply([new Image<double>(2, 3), new Image<double>(3, 2)]));
        Assert.Contains("shape of the first", mismatch.Message);
        var threeD = Assert.Throws<PropertyValueException>(() => new StackPlanes<double>().Apply([new Image<double>(2, 3, 2)]));
        Assert.Contains("2-D", threeD.Message);
    }

    [Fact]
    public void Stacking_keeps_the_ground_truth_of_every_image()
    {
        var first = new Dot().WithPosition(new PixelPosition(3, 4));
        var second = new Dot().WithPosition(new PixelPosition(9, 2));
        var stack = (Feature.Combine(first >> new SumImages(), second >> new SumImages()) >> new StackPlanes<double>()).Build().Resolve();
        Assert.Equal(new PixelPosition(3, 4), stack.Get(first, d => d.Position).Single());
        Assert.Equal(new PixelPosition(9, 2), stack.Get(second, d => d.Position).Single());
        Assert.Equal((1.0, 1.0, 0.0), (stack[3, 4, 0], stack[9, 2, 1], stack[9, 2, 0]));
    }

    [Fact]
    public void Selecting_a_plane_is_numpy_indexing_of_the_last_axis()
    {
        // x = np.arange(1, 13).reshape(2, 2, 3) in (plane, row, column) storage, i.e. planes [[1, 2], [3, 4]], [[5, 6], [7, 8]], ….
        var image = Image<double>.FromArray(Enumerable.Range(1, 12).Select(i => (double)i).ToArray(), 2, 2, 3);
        var plane = new SelectPlane<double>().WithIndex(1).Apply(image);
        Assert.Equal((2, 2, 2), (plane.Height, plane.Width, plane.Rank));
        Assert.Equal([5, 6, 7, 8], Pixels(plane));
        Assert.Equal([9, 10, 11, 12], Pixels(new SelectPlane<double>().WithIndex(2).Apply(image)));

        // A 2-D image is its own plane 0; a plane past the last is an error naming the depth.
        var flat = Image<double>.FromArray([1, 2], 1, 2);
        Assert.Equal([1, 2], Pixels(new SelectPlane<double>().Apply(flat)));
        var error = Assert.Throws<PropertyValueException>(() => new SelectPlane<double>().WithIndex(3).Apply(image));
        Assert.Contains("Index", error.Message);
        Assert.Contains("3 plane(s)", error.Message);
    }

    [Fact]
    public void Adding_a_plane_axis_is_numpy_newaxis_and_selecting_plane_zero_undoes_it()
    {
        // np.array([[1, 2, 3], [4, 5, 6]])[..., np.newaxis].shape == (2, 3, 1).
        var image = Image<int>.FromArray([1, 2, 3, 4, 5, 6], 2, 3);
        var expanded = new AddPlaneAxis<int>().Apply(image);
        Assert.Equal((2, 3, 1, 3), (expanded.Height, expanded.Width, expanded.Depth, expanded.Rank));
        Assert.Equal(6, expanded[1, 2, 0]);
        var back = new SelectPlane<int>().Apply(expanded);
        Assert.Equal(2, back.Rank);
        Assert.Equal(image.AsSpan().ToArray(), back.AsSpan().ToArray());
        var error = Assert.Throws<PropertyValueException>(() => new AddPlaneAxis<int>().Apply(expanded));
        Assert.Contains("already has a plane axis", error.Message);

        // Positions are untouched by either.
        var dot = new Dot().WithPosition(new PixelPosition(3, 4));
        var channel = (dot >> new SumImages() >> new AddPlaneAxis<double>() >> new SelectPlane<double>()).Build().Resolve();
        Assert.Equal(new PixelPosition(3, 4), channel.Get(dot, d => d.Position).Single());
        Assert.Equal(1, channel[3, 4]);
    }

    [Fact]
    public void One_hot_matches_numpy_eye_indexing()
    {
        // labels = [[0, 2], [1, 2]]; np.eye(3)[labels] → plane 0 [[1, 0], [0, 0]], plane 1 [[0, 0], [1, 0]], plane 2 [[0, 1], [0, 1]].
        var labels = Image<double>.FromArray([0, 2, 1, 2], 2, 2);
        var encoded = new OneHot<double>().WithClasses(3).Apply(labels);
        Assert.Equal((2, 2, 3, 3), (encoded.Height, encoded.Width, encoded.Depth, encoded.Rank));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1], Pixels(encoded));

        // A map of one plane (DeepTrack 2.0 drops a trailing axis of length 1 first) encodes the same.
        var planar = new OneHot<double>().WithClasses(3).Apply(Image<double>.FromArray([0, 2, 1, 2], 2, 2, 1));
        Assert.Equal(Pixels(encoded), Pixels(planar));

        // Integer maps too, and a class absent from the map gives a zero plane.
        var bytes = new OneHot<byte>().WithClasses(4).Apply(Image<byte>.FromArray([3, 3], 1, 2));
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1], Pixels(bytes));
    }

    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(-1.0, "-1")]
    [InlineData(1.5, "1.5")]
    [InlineData(double.NaN, "NaN")]
    public void One_hot_names_the_pixel_that_is_not_a_class(double label, string shown)
    {
        var labels = Image<double>.FromArray([0, 1, 2, label], 2, 2);
        var error = Assert.Throws<PropertyValueException>(() => new OneHot<double>().WithClasses(3).Apply(labels));
        Assert.Contains("OneHot", error.Message);
        Assert.Contains(shown, error.Message);
        Assert.Contains("pixel (row 1, column 1)", error.Message);
        Assert.Contains("[0, 3)", error.Message);
    }

    [Fact]
    public void One_hot_refuses_a_map_of_several_planes()
    {
        var error = Assert.Throws<PropertyValueException>(() => new OneHot<double>().Apply(new Image<double>(2, 2, 2)));
        Assert.Contains("one plane", error.Message);
    }

    [Fact]
    public void The_transpose_is_flip_diagonal_on_every_plane()
    {
        // x with planes [[1, 2, 3], [4, 5, 6]] and 10·that; np.swapaxes(x, 0, 1) has shape (3, 2, 2), planes [[1, 4], [2, 5], [3, 6]] and 10·that.
        var image = Image<double>.FromArray([1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60], 2, 3, 2);
        var transposed = (Feature.Constant(image) >> new FlipDiagonal<double>()).Build().Resolve();
        Assert.Equal((3, 2, 2), (transposed.Height, transposed.Width, transposed.Depth));
        Assert.Equal([1, 4, 2, 5, 3, 6, 10, 40, 20, 50, 30, 60], Pixels(transposed));
    }
}
