using BitMiracle.LibTiff.Classic;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Files laid out by other programs' conventions, built here with LibTiff: ImageJ hyperstacks, OME-TIFF, big-endian, tiled, with thumbnails.</summary>
public class TiffForeignFileTests
{
    private static ushort[][] Pages(int count, int width, int height, Func<int, ushort> valueOfPage)
        => [.. Enumerable.Range(0, count).Select(p => Enumerable.Range(0, width * height).Select(i => (ushort)(valueOfPage(p) + (i % 7))).ToArray())];

    [Fact]
    public void Reads_an_imagej_hyperstack_with_its_calibration()
    {
        using var folder = new TempDirectory();
        string path = folder.File("imagej.tif");

        // As ImageJ writes it: the header on page 0, µ escaped, pixels per µm in XResolution, no resolution unit;
        // pages in channel, slice, frame order. 2 channels × 3 slices × 2 frames; page p holds 1000·p.
        string header = "ImageJ=1.53t\nimages=12\nchannels=2\nslices=3\nframes=2\nhyperstack=true\nmode=composite\nunit=\\u00B5m\nspacing=0.3\nfinterval=0.5\ntunit=ms\nloop=false\nmin=0.0\nmax=4095.0\n";
        ForeignTiff.Write(path, 5, 4, Pages(12, 5, 4, p => (ushort)(1000 * p)), description: header, configure: (tiff, _) =>
        {
            tiff.SetField(TiffTag.XRESOLUTION, 5.0);
            tiff.SetField(TiffTag.YRESOLUTION, 4.0);
            tiff.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.NONE);
        });

        var stack = TiffFile.ReadStack<ushort>(path);
        var m = stack.Metadata;
        Assert.Equal((2, 3, 2, DimensionOrder.XYCZT), (m.Channels, m.Slices, m.Frames, m.Order));
        Assert.Equal(0.2, m.PixelWidth!.Value.Micrometers, 1e-9);
        Assert.Equal(0.25, m.PixelHeight!.Value.Micrometers, 1e-9);
        Assert.Equal(0.3, m.SliceSpacing!.Value.Micrometers, 1e-12);
        Assert.Equal(0.0005, m.FrameInterval!.Value, 1e-15); // 0.5 ms
        Assert.Equal(TiffConvention.ImageJ, TiffFile.ReadInfo(path).Convention);

        // Channel fastest: (c, z, t) is page c + 2·z + 6·t.
        Assert.Equal(1000 * (1 + (2 * 2) + 6), stack[1, 2, 1][0, 0]);
        Assert.Equal(1000 * (0 + (2 * 1) + 0) + 3, stack[0, 1, 0][0, 3]);
    }

    [Fact]
    public void A_plain_imagej_stack_is_a_series_of_slices()
    {
        using var folder = new TempDirectory();
        string path = folder.File("slices.tif");
        ForeignTiff.Write(path, 3, 3, Pages(4, 3, 3, p => (ushort)p), description: "ImageJ=1.54f\nimages=4\nslices=4\nunit=micron\nspacing=2.0\nloop=false\n");
        var m = TiffFile.ReadInfo(path).Metadata;
        Assert.Equal((1, 4, 1), (m.Channels, m.Slices, m.Frames));
        Assert.Equal(2, m.SliceSpacing!.Value.Micrometers, 1e-12);
        Assert.Null(m.PixelWidth); // no resolution tags
    }

    [Fact]
    public void Reads_an_ome_tiff_with_planes_mapped_out_of_order()
    {
        using var folder = new TempDirectory();
        string path = folder.File("scrambled.ome.tif");

        // XYZCT with 2 slices × 2 channels × 1 frame; each TiffData maps one IFD to one plane, not in page order.
        // IFD 0 → (c 1, z 0), IFD 1 → (c 0, z 1), IFD 2 → (c 0, z 0), IFD 3 → (c 1, z 1). Page p holds 10·p.
        string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06" Creator="another tool">
              <Image ID="Image:0" Name="cells">
                <Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="float" SizeX="4" SizeY="3" SizeZ="2" SizeC="2" SizeT="1"
                        PhysicalSizeX="0.65" PhysicalSizeY="650" PhysicalSizeYUnit="nm" PhysicalSizeZ="1.5" TimeIncrement="100" TimeIncrementUnit="ms" BigEndian="true">
                  <Channel ID="Channel:0:0" Name="GFP" SamplesPerPixel="1"/>
                  <Channel ID="Channel:0:1" Name="RFP" SamplesPerPixel="1"/>
                  <TiffData IFD="0" FirstC="1" FirstZ="0" PlaneCount="1"/>
                  <TiffData IFD="1" FirstC="0" FirstZ="1"/>
                  <TiffData IFD="2" FirstC="0" FirstZ="0"/>
                  <TiffData IFD="3" FirstC="1" FirstZ="1"/>
                </Pixels>
              </Image>
            </OME>
            """;
        var pages = Enumerable.Range(0, 4).Select(p => Enumerable.Range(0, 12).Select(i => (10f * p) + (i / 100f)).ToArray()).ToArray();
        ForeignTiff.Write(path, 4, 3, pages, mode: "wb", description: xml, tile: 16);

        var stack = TiffFile.ReadStack<float>(path);
        var m = stack.Metadata;
        Assert.Equal((2, 2, 1, DimensionOrder.XYZCT), (m.Channels, m.Slices, m.Frames, m.Order));
        Assert.Equal(0.65, m.PixelWidth!.Value.Micrometers, 1e-12);
        Assert.Equal(0.65, m.PixelHeight!.Value.Micrometers, 1e-12);
        Assert.Equal(1.5, m.SliceSpacing!.Value.Micrometers, 1e-12);
        Assert.Equal(0.1, m.FrameInterval!.Value, 1e-12);
        Assert.Equal(20f, stack[0, 0, 0][0, 0]);
        Assert.Equal(10f, stack[0, 1, 0][0, 0]);
        Assert.Equal(0f, stack[1, 0, 0][0, 0]);
        Assert.Equal(30.11f, stack[1, 1, 0][2, 3]);

        // Stack pages follow the metadata's order: XYZCT puts slices fastest.
        Assert.Equal([20f, 10f, 0f, 30f], stack.Select(p => p[0, 0]));
    }

    [Fact]
    public void Reads_big_endian_and_tiled_files_and_skips_thumbnails()
    {
        using var folder = new TempDirectory();
        var values = Pages(3, 40, 33, p => (ushort)(20000 * p));
        ForeignTiff.Write(folder.File("big-endian.tif"), 40, 33, values, mode: "wb");
        ForeignTiff.Write(folder.File("tiled.tif"), 40, 33, values, tile: 16);
        foreach (string name in new[] { "big-endian.tif", "tiled.tif" })
        {
            var stack = TiffFile.ReadStack<ushort>(folder.File(name));
            Assert.Equal(3, stack.Count);
            for (int p = 0; p < 3; p++)
            {
                Assert.Equal(values[p], stack[p].AsReadOnlySpan().ToArray());
            }
        }

        // A reduced-resolution page after the image (a preview) is not a page of the stack.
        string withThumbnail = folder.File("thumbnail.tif");
        ForeignTiff.Write(withThumbnail, 4, 4, Pages(2, 4, 4, p => (ushort)p), configure: (tiff, page) =>
        {
            if (page == 1)
            {
                tiff.SetField(TiffTag.SUBFILETYPE, FileType.REDUCEDIMAGE);
            }
        });
        Assert.Equal(1, TiffFile.ReadInfo(withThumbnail).Pages);
        Assert.Equal(0, TiffFile.Read<ushort>(withThumbnail)[0, 0]);
    }
}
