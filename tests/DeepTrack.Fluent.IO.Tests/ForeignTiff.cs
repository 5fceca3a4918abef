using System.Runtime.InteropServices;
using System.Text;
using BitMiracle.LibTiff.Classic;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Builds TIFF files directly with LibTiff, the way other programs lay them out (headers, byte order, tiles, thumbnails).</summary>
internal static class ForeignTiff
{
    /// <summary>Writes grayscale pages of one type; <paramref name="configure"/> sets extra tags per page (after the basic ones).</summary>
    public static void Write<T>(string path, int width, int height, IReadOnlyList<T[]> pages, string mode = "w", string? description = null, Action<Tiff, int>? configure = null, int? tile = null)
        where T : unmanaged
    {
        var (bits, format) = typeof(T) == typeof(float) ? (32, SampleFormat.IEEEFP)
            : typeof(T) == typeof(ushort) ? (16, SampleFormat.UINT)
            : typeof(T) == typeof(short) ? (16, SampleFormat.INT)
            : typeof(T) == typeof(byte) ? (8, SampleFormat.UINT)
            : throw new NotSupportedException(typeof(T).Name);
        using var tiff = Tiff.Open(path, mode) ?? throw new IOException("LibTiff could not create " + path);
        for (int page = 0; page < pages.Count; page++)
        {
            tiff.SetField(TiffTag.IMAGEWIDTH, width);
            tiff.SetField(TiffTag.IMAGELENGTH, height);
            tiff.SetField(TiffTag.BITSPERSAMPLE, bits);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
            tiff.SetField(TiffTag.SAMPLEFORMAT, format);
            tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            if (page == 0 && description is not null)
            {
                tiff.SetField(TiffTag.IMAGEDESCRIPTION, Encoding.UTF8.GetBytes(description + "\0"));
            }

            configure?.Invoke(tiff, page);
            byte[] bytes = MemoryMarshal.AsBytes(pages[page].AsSpan()).ToArray();
            if (tile is int size)
            {
                tiff.SetField(TiffTag.TILEWIDTH, size);
                tiff.SetField(TiffTag.TILELENGTH, size);
                var buffer = new byte[tiff.TileSize()];
                int bytesPerPixel = bits / 8;
                for (int y = 0; y < height; y += size)
                {
                    for (int x = 0; x < width; x += size)
                    {
                        Array.Clear(buffer);
                        for (int row = 0; row < size && y + row < height; row++)
                        {
                            Buffer.BlockCopy(bytes, ((y + row) * width + x) * bytesPerPixel, buffer, row * size * bytesPerPixel, Math.Min(size, width - x) * bytesPerPixel);
                        }

                        tiff.WriteTile(buffer, x, y, 0, 0);
                    }
                }
            }
            else
            {
                tiff.SetField(TiffTag.ROWSPERSTRIP, height);
                tiff.WriteEncodedStrip(0, bytes, bytes.Length);
            }

            tiff.WriteDirectory();
        }
    }

    /// <summary>An RGB (3 samples per pixel) 8-bit image.</summary>
    public static void WriteRgb(string path, int width, int height)
    {
        using var tiff = Tiff.Open(path, "w")!;
        tiff.SetField(TiffTag.IMAGEWIDTH, width);
        tiff.SetField(TiffTag.IMAGELENGTH, height);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 8);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, 3);
        tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.RGB);
        tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tiff.SetField(TiffTag.ROWSPERSTRIP, height);
        tiff.WriteEncodedStrip(0, new byte[width * height * 3], width * height * 3);
        tiff.WriteDirectory();
    }

    /// <summary>A 1-bit bilevel image.</summary>
    public static void WriteBilevel(string path, int width, int height)
    {
        using var tiff = Tiff.Open(path, "w")!;
        tiff.SetField(TiffTag.IMAGEWIDTH, width);
        tiff.SetField(TiffTag.IMAGELENGTH, height);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 1);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
        tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
        tiff.SetField(TiffTag.ROWSPERSTRIP, height);
        int rowBytes = (width + 7) / 8;
        tiff.WriteEncodedStrip(0, new byte[rowBytes * height], rowBytes * height);
        tiff.WriteDirectory();
    }
}
