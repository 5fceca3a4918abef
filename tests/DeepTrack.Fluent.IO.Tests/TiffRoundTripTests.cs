using System.Numerics;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Write → read gives the same pixels, bit for bit, for every pixel type, layout, compression and header.</summary>
public class TiffRoundTripTests
{
    public static TheoryData<string, TiffCompression, TiffConvention> Cases()
    {
        var data = new TheoryData<string, TiffCompression, TiffConvention>();
        foreach (string type in new[] { "byte", "sbyte", "ushort", "short", "uint", "int", "float", "double" })
        {
            foreach (var compression in Enum.GetValues<TiffCompression>())
            {
                data.Add(type, compression, (TiffConvention)((type.Length + (int)compression) % 3));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_pixel_type_survives_a_round_trip(string type, TiffCompression compression, TiffConvention convention)
    {
        var options = new TiffWriteOptions { Compression = compression, Convention = convention };
        switch (type)
        {
            case "byte": RoundTrip<byte>(options); break;
            case "sbyte": RoundTrip<sbyte>(options); break;
            case "ushort": RoundTrip<ushort>(options); break;
            case "short": RoundTrip<short>(options); break;
            case "uint": RoundTrip<uint>(options); break;
            case "int": RoundTrip<int>(options); break;
            case "float": RoundTrip<float>(options); break;
            default: RoundTrip<double>(options); break;
        }
    }

    private static void RoundTrip<T>(TiffWriteOptions options)
        where T : unmanaged, INumberBase<T>, IMinMaxValue<T>
    {
        using var folder = new TempDirectory();
        var values = PixelValues.Extremes<T>();

        // One page (odd sizes: strips do not divide the rows evenly).
        var single = PixelValues.Image(values, 37, 23);
        TiffFile.Write(folder.File("single.tif"), single, options: options);
        PixelValues.Identical(single, TiffFile.Read<T>(folder.File("single.tif")));

        // A movie of five pages, each different; large enough for several strips per page.
        var frames = Enumerable.Range(0, 5).Select(k => PixelValues.Image(values, 300, 129, seed: k)).ToArray();
        TiffFile.Write(folder.File("movie.tif"), frames, options);
        var stack = TiffFile.ReadStack<T>(folder.File("movie.tif"));
        Assert.Equal(5, stack.Count);
        for (int k = 0; k < frames.Length; k++)
        {
            PixelValues.Identical(frames[k], stack[k]);
        }

        var info = TiffFile.ReadInfo(folder.File("movie.tif"));
        Assert.Equal((129, 300, 5, typeof(T), options.Convention), (info.Width, info.Height, info.Pages, info.PixelType, info.Convention));

        // A 3-D image is a z-stack of pages, read back as a volume.
        var volume = stack.ToVolume();
        TiffFile.Write(folder.File("volume.tif"), volume, options: options);
        PixelValues.Identical(volume, TiffFile.ReadStack<T>(folder.File("volume.tif")).ToVolume());
    }

    [Fact]
    public void Stored_pixels_widen_into_types_that_hold_them_exactly()
    {
        using var folder = new TempDirectory();
        var image = PixelValues.Image(PixelValues.Extremes<ushort>(), 8, 8);
        TiffFile.Write(folder.File("u16.tif"), image);
        var asDouble = TiffFile.Read<double>(folder.File("u16.tif"));
        var asFloat = TiffFile.Read<float>(folder.File("u16.tif"));
        var asInt = TiffFile.Read<int>(folder.File("u16.tif"));
        Assert.Equal(image.AsReadOnlySpan().ToArray().Select(v => (double)v), asDouble.AsReadOnlySpan().ToArray());
        Assert.Equal(image.AsReadOnlySpan().ToArray().Select(v => (float)v), asFloat.AsReadOnlySpan().ToArray());
        Assert.Equal(image.AsReadOnlySpan().ToArray().Select(v => (int)v), asInt.AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void Hyperstack_metadata_survives_a_round_trip_in_both_headers()
    {
        using var folder = new TempDirectory();
        var metadata = new ImageMetadata
        {
            Channels = 2,
            Slices = 3,
            Frames = 4,
            Order = DimensionOrder.XYZCT,
            PixelWidth = 0.108.Micrometers(),
            PixelHeight = 0.116.Micrometers(),
            SliceSpacing = 0.25.Micrometers(),
            FrameInterval = 0.033,
        };

        // Each page's pixels say which plane it is: 100·c + 10·z + t.
        var pages = Enumerable.Range(0, metadata.PlaneCount).Select(p =>
        {
            var plane = metadata.PlaneOf(p);
            var image = new Image<ushort>(4, 6);
            image.AsWritableSpan().Fill((ushort)((100 * plane.Channel) + (10 * plane.Slice) + plane.Frame));
            return image;
        });
        var stack = new ImageStack<ushort>(pages, metadata);

        foreach (var convention in new[] { TiffConvention.ImageJ, TiffConvention.OmeTiff })
        {
            string path = folder.File($"{convention}.tif");
            TiffFile.Write(path, stack, new TiffWriteOptions { Convention = convention });
            var read = TiffFile.ReadStack<ushort>(path);
            var m = read.Metadata;
            Assert.Equal((2, 3, 4), (m.Channels, m.Slices, m.Frames));

            // ImageJ stores hyperstacks in XYCZT order; OME-TIFF keeps the order it is given.
            Assert.Equal(convention == TiffConvention.ImageJ ? DimensionOrder.XYCZT : DimensionOrder.XYZCT, m.Order);
            double tolerance = convention == TiffConvention.ImageJ ? 1e-6 : 1e-12; // TIFF resolution tags are rationals
            Assert.Equal(0.108, m.PixelWidth!.Value.Micrometers, 0.108 * tolerance);
            Assert.Equal(0.116, m.PixelHeight!.Value.Micrometers, 0.116 * tolerance);
            Assert.Equal(0.25, m.SliceSpacing!.Value.Micrometers, 1e-12);
            Assert.Equal(0.033, m.FrameInterval!.Value, 1e-12);
            for (int c = 0; c < 2; c++)
            {
                for (int z = 0; z < 3; z++)
                {
                    for (int t = 0; t < 4; t++)
                    {
                        Assert.Equal((100 * c) + (10 * z) + t, read[c, z, t][0, 0]);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_plain_tiff_keeps_its_pixel_size_in_centimetre_resolution_tags()
    {
        using var folder = new TempDirectory();
        var image = new Image<float>(3, 3);
        TiffFile.Write(folder.File("plain.tif"), image, new ImageMetadata { PixelWidth = 6.5.Micrometers(), PixelHeight = 6.5.Micrometers() }, new TiffWriteOptions { Convention = TiffConvention.Plain });
        var info = TiffFile.ReadInfo(folder.File("plain.tif"));
        Assert.Equal(TiffConvention.Plain, info.Convention);
        Assert.Equal(6.5, info.Metadata.PixelWidth!.Value.Micrometers, 6.5e-6);
    }
}
