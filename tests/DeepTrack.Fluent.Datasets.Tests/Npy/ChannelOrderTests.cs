using DeepTrack.Fluent.Datasets.Npy;

namespace DeepTrack.Fluent.Datasets.Tests.Npy;

/// <summary>Reading NumPy arrays as images, channel-last (NumPy's and OpenCV's layout) or channel-first (PyTorch's).</summary>
public class ChannelOrderTests
{
    // np.arange(24, dtype='<f8').reshape(2, 3, 4): a[r, c, k] = 12 r + 4 c + k.
    private static readonly double[] Arange = Enumerable.Range(0, 24).Select(i => (double)i).ToArray();

    private static NpyArray Saved(double[] data, params long[] shape)
    {
        var stream = new MemoryStream();
        NpyFile.Write<double>(stream, data, shape);
        stream.Position = 0;
        return NpyFile.Read(stream);
    }

    [Fact]
    public void A_channel_last_array_becomes_one_plane_per_channel()
    {
        var image = Saved(Arange, 2, 3, 4).ToImage<double>(ChannelOrder.Last);
        Assert.Equal((2, 3, 4), (image.Height, image.Width, image.Depth));
        for (int r = 0; r < 2; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                for (int k = 0; k < 4; k++)
                {
                    Assert.Equal(12 * r + 4 * c + k, image[r, c, k]);
                }
            }
        }

        // And back: the interleaved pixels are the array's C order.
        Assert.Equal(Arange, image.ToChannelLast());
    }

    [Fact]
    public void A_channel_first_array_is_read_in_the_order_this_library_writes()
    {
        // a[k, r, c] = 6 k + 3 r + c: shape (4, 2, 3) → 4 planes of 2 × 3.
        var image = Saved(Arange, 4, 2, 3).ToImage<double>(ChannelOrder.First);
        Assert.Equal((2, 3, 4), (image.Height, image.Width, image.Depth));
        Assert.Equal(6 * 3 + 3 * 1 + 2, image[1, 2, 3]);
        var written = new MemoryStream();
        NpyFile.Write(written, image);
        written.Position = 0;
        Assert.Equal(Arange, NpyFile.Read(written).ToArray<double>());
    }

    [Fact]
    public void A_two_dimensional_array_is_a_plain_image_and_other_ranks_are_refused()
    {
        var flat = Saved(Arange, 4, 6).ToImage<double>(ChannelOrder.Last);
        Assert.Equal((4, 6, 2), (flat.Height, flat.Width, flat.Rank));
        Assert.Equal(13, flat[2, 1]);
        var vector = Assert.Throws<InvalidOperationException>(() => Saved(Arange, 24).ToImage<double>(ChannelOrder.Last));
        Assert.Contains("shape (24)", vector.Message);
        Assert.Throws<InvalidOperationException>(() => Saved(Arange, 24).ToImage<float>(ChannelOrder.Last));
        Assert.Throws<ArgumentException>(() => Image<double>.FromChannelLast(Arange, 2, 3, 3));
    }
}
