using System;
using System.IO;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using BitMiracle.LibTiff.Classic;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>Writes a stack as a grayscale TIFF with LibTiff, one page per plane, with an ImageJ or OME-XML header.</summary>
internal static class TiffWriter
{
    private const long ClassicTiffLimit = 3_900_000_000;

    public static void Write<T>(string path, ImageStack<T> stack, TiffWriteOptions options)
        where T : unmanaged, INumberBase<T>
    {
        var format = PixelFormat.Of<T>("A TIFF file written by DeepTrack.Fluent");
        var metadata = stack.Metadata;
        metadata.Validate(path);

        // ImageJ reads hyperstacks in channel, slice, frame order; OME-TIFF and plain files keep the stack's order.
        var fileMetadata = options.Convention == TiffConvention.ImageJ ? metadata with { Order = DimensionOrder.XYCZT } : metadata;
        string? description = options.Convention switch
        {
            TiffConvention.ImageJ => ImageJHeader.Format(fileMetadata, stack.Count),
            TiffConvention.OmeTiff => OmeXml.Format(fileMetadata, format.OmeName, stack.Width, stack.Height),
            _ => null,
        };
        long bytes = (long)stack.Count * stack.Width * stack.Height * format.Bytes;
        var messages = new TiffMessages { Path = path };
        bool written = false;
        try
        {
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            using (var tiff = TiffMessages.Open(path, bytes > ClassicTiffLimit ? "w8" : "w", stream, messages)
                ?? throw new ImageFileException(path, $"could not be created as TIFF ({messages.Describe("unknown error")})."))
            {
                for (int page = 0; page < stack.Count; page++)
                {
                    var image = stack[metadata.PageOf(fileMetadata.PlaneOf(page))];
                    WritePage(path, tiff, image, format, page, stack.Count, page == 0 ? description : null, options, metadata, messages);
                }
            }

            written = true;
        }
        catch (Exception e) when (e is not ImageFileException and not IOException and not UnauthorizedAccessException)
        {
            throw new ImageFileException(path, $"could not be written as TIFF: {messages.Describe(e.Message)}.", e);
        }
        finally
        {
            if (!written && File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    private static void WritePage<T>(string path, Tiff tiff, Image<T> image, PixelFormat format, int page, int pages, string? description, TiffWriteOptions options, ImageMetadata metadata, TiffMessages messages)
        where T : unmanaged, INumberBase<T>
    {
        int rowBytes = image.Width * format.Bytes;
        int rowsPerStrip = Math.Clamp(65536 / rowBytes, 1, image.Height);
        tiff.SetField(TiffTag.IMAGEWIDTH, image.Width);
        tiff.SetField(TiffTag.IMAGELENGTH, image.Height);
        tiff.SetField(TiffTag.BITSPERSAMPLE, format.Bits);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
        tiff.SetField(TiffTag.SAMPLEFORMAT, (SampleFormat)(int)format.Kind);
        tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
        tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tiff.SetField(TiffTag.ROWSPERSTRIP, rowsPerStrip);
        tiff.SetField(TiffTag.COMPRESSION, options.Compression switch
        {
            TiffCompression.Lzw => Compression.LZW,
            TiffCompression.Deflate => Compression.ADOBE_DEFLATE,
            TiffCompression.PackBits => Compression.PACKBITS,
            _ => Compression.NONE,
        });
        if (pages > 1)
        {
            tiff.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
            tiff.SetField(TiffTag.PAGENUMBER, page, pages);
        }

        if (description is not null)
        {
            tiff.SetField(TiffTag.IMAGEDESCRIPTION, Encoding.UTF8.GetBytes(description + "\0"));
        }

        SetResolution(tiff, metadata, options.Convention);
        var samples = MemoryMarshal.AsBytes(image.AsReadOnlySpan()).ToArray();
        for (int strip = 0, row = 0; row < image.Height; strip++, row += rowsPerStrip)
        {
            int count = Math.Min(rowsPerStrip, image.Height - row) * rowBytes;
            if (tiff.WriteEncodedStrip(strip, samples, row * rowBytes, count) < 0)
            {
                throw new ImageFileException(path, $"page {page}, strip {strip} could not be written ({messages.Describe("unknown error")}).");
            }
        }

        if (!tiff.WriteDirectory())
        {
            throw new ImageFileException(path, $"page {page} could not be written ({messages.Describe("unknown error")}).");
        }
    }

    /// <summary>ImageJ: pixels per micrometre with no resolution unit (the unit is in its header); plain and OME: pixels per centimetre.</summary>
    private static void SetResolution(Tiff tiff, ImageMetadata metadata, TiffConvention convention)
    {
        if (metadata.PixelWidth is not Length width || metadata.PixelHeight is not Length height)
        {
            return;
        }

        bool imageJ = convention == TiffConvention.ImageJ;
        tiff.SetField(TiffTag.XRESOLUTION, imageJ ? 1 / width.Micrometers : 0.01 / width.Meters);
        tiff.SetField(TiffTag.YRESOLUTION, imageJ ? 1 / height.Micrometers : 0.01 / height.Meters);
        tiff.SetField(TiffTag.RESOLUTIONUNIT, imageJ ? ResUnit.NONE : ResUnit.CENTIMETER);
    }
}
