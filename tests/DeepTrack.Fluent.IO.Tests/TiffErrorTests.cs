using System.Numerics;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Bad files and bad requests fail with an exception that names the file and the reason; nothing crashes or returns a wrong image.</summary>
public class TiffErrorTests
{
    private static ImageFileException Fails(string path, Action read)
    {
        var error = Assert.Throws<ImageFileException>(read);
        Assert.Equal(path, error.FilePath);
        Assert.StartsWith(path + ": ", error.Message);
        return error;
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-dtf-file.tif");
        var error = Assert.Throws<FileNotFoundException>(() => TiffFile.ReadStack<ushort>(path));
        Assert.Contains(path, error.Message);
        Assert.Equal(path, error.FileName);
    }

    [Fact]
    public void A_truncated_file_is_reported_at_every_cut()
    {
        using var folder = new TempDirectory();
        string whole = folder.File("whole.tif");
        var frames = Enumerable.Range(0, 4).Select(k => PixelValues.Image(PixelValues.Extremes<ushort>(), 64, 64, k));
        TiffFile.Write(whole, frames, new TiffWriteOptions { Convention = TiffConvention.Plain });
        byte[] bytes = File.ReadAllBytes(whole);

        // Cut inside the header, inside the first page's pixels, between pages and inside the last page.
        foreach (double fraction in new[] { 0.001, 0.1, 0.3, 0.55, 0.8, 0.999 })
        {
            string cut = folder.File($"cut{fraction}.tif");
            File.WriteAllBytes(cut, bytes[..(int)(bytes.Length * fraction)]);
            var error = Fails(cut, () => TiffFile.ReadStack<ushort>(cut));
            Assert.Matches("not a readable TIFF|could not be decoded|damaged|could not be read", error.Reason);
        }
    }

    [Fact]
    public void Pixels_cut_short_after_an_intact_directory_are_reported_even_one_byte_short()
    {
        using var folder = new TempDirectory();
        string whole = folder.File("whole.tif");
        File.WriteAllBytes(whole, HandMadeTiff.WithMissingPixels(32));
        Assert.Equal(Enumerable.Range(1000, 16).Select(v => (ushort)v), TiffFile.Read<ushort>(whole).AsReadOnlySpan().ToArray());

        foreach (int kept in new[] { 0, 10, 31 })
        {
            string cut = folder.File($"cut{kept}.tif");
            File.WriteAllBytes(cut, HandMadeTiff.WithMissingPixels(kept));
            var error = Fails(cut, () => TiffFile.Read<ushort>(cut));
            Assert.Contains($"page 0: row 0 of 4 could not be decoded", error.Reason);
            Assert.Contains($"got {kept} bytes, expected 32", error.Reason);
        }
    }

    [Fact]
    public void A_truncated_stack_whose_header_says_more_pages_is_reported()
    {
        using var folder = new TempDirectory();
        string path = folder.File("short.tif");
        ForeignTiff.Write(path, 2, 2, [new ushort[4], new ushort[4]], description: "ImageJ=1.54f\nimages=5\nframes=5\n");
        var error = Fails(path, () => TiffFile.ReadStack<ushort>(path));
        Assert.Contains("declares 5 images but the file has 2 page(s)", error.Reason);
    }

    [Fact]
    public void Malformed_files_are_reported()
    {
        using var folder = new TempDirectory();
        string text = folder.File("text.tif");
        File.WriteAllText(text, "this is not an image");
        Assert.Contains("not a readable TIFF", Fails(text, () => TiffFile.ReadStack<byte>(text)).Reason);

        string empty = folder.File("empty.tif");
        File.WriteAllBytes(empty, []);
        Assert.Contains("not a readable TIFF", Fails(empty, () => TiffFile.ReadStack<byte>(empty)).Reason);

        // A valid TIFF header whose first directory offset points past the end of the file.
        string dangling = folder.File("dangling.tif");
        File.WriteAllBytes(dangling, [0x49, 0x49, 42, 0, 0xff, 0xff, 0, 0]);
        Fails(dangling, () => TiffFile.ReadStack<byte>(dangling));

        string xml = folder.File("bad-ome.tif");
        ForeignTiff.Write(xml, 2, 2, [new ushort[4]], description: "<?xml version=\"1.0\"?><OME><Image><Pixels SizeX=\"2\"");
        Assert.Contains("not well-formed XML", Fails(xml, () => TiffFile.ReadStack<ushort>(xml)).Reason);

        string mismatch = folder.File("mismatch.ome.tif");
        ForeignTiff.Write(mismatch, 2, 2, [new ushort[4], new ushort[4]], description: "<OME><Image><Pixels DimensionOrder=\"XYZCT\" Type=\"uint16\" SizeX=\"2\" SizeY=\"2\" SizeZ=\"3\" SizeC=\"1\" SizeT=\"1\"/></Image></OME>");
        Assert.Contains("plane", Fails(mismatch, () => TiffFile.ReadStack<ushort>(mismatch)).Reason);

        string wrongType = folder.File("type.ome.tif");
        ForeignTiff.Write(wrongType, 2, 2, [new ushort[4]], description: "<OME><Image><Pixels DimensionOrder=\"XYZCT\" Type=\"float\" SizeX=\"2\" SizeY=\"2\" SizeZ=\"1\" SizeC=\"1\" SizeT=\"1\"/></Image></OME>");
        Assert.Contains("declares 32-bit float pixels", Fails(wrongType, () => TiffFile.ReadStack<ushort>(wrongType)).Reason);

        string mixed = folder.File("mixed.tif");
        ForeignTiff.Write(mixed, 2, 2, [new ushort[4]]);
        using (var append = BitMiracle.LibTiff.Classic.Tiff.Open(mixed, "a")!)
        {
            append.SetField(BitMiracle.LibTiff.Classic.TiffTag.IMAGEWIDTH, 3);
            append.SetField(BitMiracle.LibTiff.Classic.TiffTag.IMAGELENGTH, 1);
            append.SetField(BitMiracle.LibTiff.Classic.TiffTag.BITSPERSAMPLE, 16);
            append.SetField(BitMiracle.LibTiff.Classic.TiffTag.ROWSPERSTRIP, 1);
            append.WriteEncodedStrip(0, new byte[6], 6);
            append.WriteDirectory();
        }

        Assert.Contains("page 1 is 3×1", Fails(mixed, () => TiffFile.ReadStack<ushort>(mixed)).Reason);
    }

    [Fact]
    public void Unsupported_pixel_layouts_are_reported()
    {
        using var folder = new TempDirectory();
        string rgb = folder.File("rgb.tif");
        ForeignTiff.WriteRgb(rgb, 4, 4);
        Assert.Contains("3 samples per pixel", Fails(rgb, () => TiffFile.ReadStack<byte>(rgb)).Reason);

        string bilevel = folder.File("bilevel.tif");
        ForeignTiff.WriteBilevel(bilevel, 9, 3);
        Assert.Contains("1-bit samples", Fails(bilevel, () => TiffFile.ReadStack<byte>(bilevel)).Reason);
    }

    [Fact]
    public void Pixels_are_never_narrowed_and_unsupported_types_are_named()
    {
        using var folder = new TempDirectory();
        string path = folder.File("u16.tif");
        TiffFile.Write(path, new Image<ushort>(2, 2));
        var narrowing = Fails(path, () => TiffFile.Read<byte>(path));
        Assert.Contains("stores 16-bit unsigned integer pixels, which Image<Byte> cannot hold exactly; read it as Image<UInt16>", narrowing.Reason);
        Fails(path, () => TiffFile.Read<short>(path));

        string floats = folder.File("f32.tif");
        TiffFile.Write(floats, new Image<float>(2, 2));
        Fails(floats, () => TiffFile.Read<int>(floats));

        var complex = Assert.Throws<NotSupportedException>(() => TiffFile.Write(folder.File("c.tif"), new Image<Complex>(2, 2)));
        Assert.Contains("cannot hold Complex pixels; the supported pixel types are Byte, SByte, UInt16, Int16, UInt32, Int32, Single, Double", complex.Message);
        Assert.False(File.Exists(folder.File("c.tif")));
        Assert.Throws<NotSupportedException>(() => TiffFile.Read<long>(path));

        var pages = Fails(path, () => { TiffFile.Write(path, [new Image<ushort>(2, 2), new Image<ushort>(2, 2)]); TiffFile.Read<ushort>(path); });
        Assert.Contains("holds 2 pages; read it with TiffFile.ReadStack", pages.Reason);
    }
}
