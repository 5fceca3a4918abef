using System.Numerics;

namespace DeepTrack.Fluent.Tests;

public class ImageTests
{
    [Fact]
    public void Volume_layout_is_plane_major_then_row_major_and_contiguous()
    {
        var volume = new Image<double>(2, 3, 4);
        volume[1, 2, 3] = 7;
        Assert.Equal(3, volume.Rank);
        Assert.Equal(24, volume.Length);
        Assert.Equal(7, volume.AsSpan()[(3 * 2 + 1) * 3 + 2]);
        Assert.Equal(7, volume.Plane(3)[1 * 3 + 2]);
        Assert.Throws<IndexOutOfRangeException>(() => volume[2, 0, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => volume.Plane(4));
    }

    [Fact]
    public void Complex_images_support_arithmetic()
    {
        var field = Image<Complex>.FromArray([new Complex(1, 2), new Complex(0, -1)], 1, 2);
        var shifted = field * new Complex(0, 1) + Complex.One;
        Assert.Equal(new Complex(-1, 1), shifted[0, 0]);
        Assert.Equal(new Complex(2, 0), shifted[0, 1]);
        Assert.Equal(new Complex(1, 1), field.Sum());
        Assert.Equal(new Complex(1, 2), field[0, 0]);
    }

    [Fact]
    public void Image_arithmetic_checks_shapes_and_never_modifies_its_operands()
    {
        var a = Image<double>.FromArray([1, 2, 3, 4], 2, 2);
        var b = Image<double>.FromArray([10, 20, 30, 40], 2, 2);
        var sum = a + b;
        Assert.Equal([11.0, 22, 33, 44], sum.AsSpan().ToArray());
        Assert.Equal([1.0, 2, 3, 4], a.AsSpan().ToArray());
        Assert.Equal([-9.0, -18, -27, -36], (a - b).AsSpan().ToArray());
        Assert.Equal([0.5, 1, 1.5, 2], (a / 2.0).AsSpan().ToArray());
        Assert.Equal([2.0, 1, 2.0 / 3, 0.5], (2.0 / a).AsSpan().ToArray());
        var error = Assert.Throws<ArgumentException>(() => a + new Image<double>(2, 3));
        Assert.Contains("2×2", error.Message);
        Assert.Contains("2×3", error.Message);
    }

    [Fact]
    public void Bad_shapes_and_lengths_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Image<double>(0, 3));
        Assert.Throws<ArgumentException>(() => Image<float>.FromArray(new float[5], 2, 3));
        Assert.Throws<ArgumentException>(() => Image<float>.FromArray(new float[6], 1, 2, 2));
    }
}
