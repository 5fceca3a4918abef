using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BitMiracle.LibTiff.Classic;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>Reads the pages and the header of a TIFF file with LibTiff, checking every page and turning every failure into an <see cref="ImageFileException"/>.</summary>
internal static class TiffReader
{
    public static (List<TiffPage> Pages, TiffConvention Convention, ImageMetadata Metadata, int[] Order) Read(string path, bool withPixels)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The image file '{path}' does not exist.", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var messages = new TiffMessages { Path = path };
        try
        {
            using var tiff = TiffMessages.Open(path, "r", stream, messages)
                ?? throw new ImageFileException(path, $"is not a readable TIFF file ({messages.Describe("its header is not a TIFF header")}).");
            var pages = new List<TiffPage>();
            string? description = null;
            double? xResolution = null, yResolution = null;
            int resolutionUnit = (int)ResUnit.INCH;
            int directory = 0;
            do
            {
                if (directory == 0)
                {
                    description = Text(tiff.GetField(TiffTag.IMAGEDESCRIPTION));
                    xResolution = tiff.GetField(TiffTag.XRESOLUTION)?[0].ToDouble();
                    yResolution = tiff.GetField(TiffTag.YRESOLUTION)?[0].ToDouble();
                    resolutionUnit = tiff.GetFieldDefaulted(TiffTag.RESOLUTIONUNIT)?[0].ToInt() ?? resolutionUnit;
                }

                // Reduced-resolution pages (thumbnails, previews) are not planes of the image.
                int subfile = tiff.GetFieldDefaulted(TiffTag.SUBFILETYPE)?[0].ToInt() ?? 0;
                if ((subfile & (int)FileType.REDUCEDIMAGE) == 0)
                {
                    pages.Add(ReadPage(path, tiff, directory, withPixels, messages));
                }

                directory++;
            }
            while (tiff.ReadDirectory());

            if (messages.Errors.Count > 0)
            {
                throw new ImageFileException(path, $"is damaged after page {directory - 1}: {messages.Describe("")}.");
            }

            if (pages.Count == 0)
            {
                throw new ImageFileException(path, "holds only reduced-resolution pages (thumbnails), no full-size image.");
            }

            for (int i = 1; i < pages.Count; i++)
            {
                if (pages[i].Width != pages[0].Width || pages[i].Height != pages[0].Height || pages[i].Format != pages[0].Format)
                {
                    throw new ImageFileException(path, $"page {i} is {pages[i].Width}×{pages[i].Height} {pages[i].Format.Description} but page 0 is {pages[0].Width}×{pages[0].Height} {pages[0].Format.Description}: the pages are not one stack.");
                }
            }

            return Interpret(path, pages, description, xResolution, yResolution, resolutionUnit);
        }
        catch (Exception e) when (e is not ImageFileException and not FileNotFoundException)
        {
            throw new ImageFileException(path, $"could not be read as TIFF: {messages.Describe(e.Message)}.", e);
        }
    }

    private static (List<TiffPage>, TiffConvention, ImageMetadata, int[]) Interpret(string path, List<TiffPage> pages, string? description, double? xResolution, double? yResolution, int resolutionUnit)
    {
        int[] identity = [.. System.Linq.Enumerable.Range(0, pages.Count)];
        if (OmeXml.IsOme(description))
        {
            var (metadata, type, pageOfPlane) = OmeXml.Parse(path, description!, pages.Count);
            if (OmeXml.FormatOf(type) is PixelFormat declared && declared != pages[0].Format)
            {
                throw new ImageFileException(path, $"its OME-XML header declares {declared.Description} pixels (Type=\"{type}\") but the pages hold {pages[0].Format.Description} pixels.");
            }

            if (pageOfPlane.Length != pages.Count)
            {
                throw new ImageFileException(path, $"its OME-XML header describes {pageOfPlane.Length} planes but the file has {pages.Count} page(s).");
            }

            metadata.Validate(path);
            return (pages, TiffConvention.OmeTiff, metadata, pageOfPlane);
        }

        if (ImageJHeader.IsImageJ(description))
        {
            var metadata = ImageJHeader.ToMetadata(path, ImageJHeader.Parse(description!), xResolution, yResolution, pages.Count);
            if (metadata.PlaneCount != pages.Count)
            {
                throw new ImageFileException(path, $"its ImageJ header declares {metadata.PlaneCount} images but the file has {pages.Count} page(s) (truncated, or ImageJ's single-page layout for stacks over 4 GB, which is not read).");
            }

            metadata.Validate(path);
            return (pages, TiffConvention.ImageJ, metadata, identity);
        }

        // A plain TIFF: a resolution in centimetres is a pixel size; one in inches is a display resolution (DPI).
        bool calibrated = resolutionUnit == (int)ResUnit.CENTIMETER;
        return (pages, TiffConvention.Plain, new ImageMetadata
        {
            Frames = pages.Count,
            PixelWidth = calibrated && xResolution is double xr && xr > 0 ? Length.FromMeters(0.01 / xr) : null,
            PixelHeight = calibrated && yResolution is double yr && yr > 0 ? Length.FromMeters(0.01 / yr) : null,
        }, identity);
    }

    private static TiffPage ReadPage(string path, Tiff tiff, int directory, bool withPixels, TiffMessages messages)
    {
        int width = Required(path, tiff, TiffTag.IMAGEWIDTH, directory), height = Required(path, tiff, TiffTag.IMAGELENGTH, directory);
        int bits = tiff.GetFieldDefaulted(TiffTag.BITSPERSAMPLE)?[0].ToInt() ?? 1;
        int samples = tiff.GetFieldDefaulted(TiffTag.SAMPLESPERPIXEL)?[0].ToInt() ?? 1;
        int sampleFormat = tiff.GetFieldDefaulted(TiffTag.SAMPLEFORMAT)?[0].ToInt() ?? (int)SampleFormat.UINT;
        var photometric = (Photometric)(tiff.GetField(TiffTag.PHOTOMETRIC)?[0].ToInt() ?? (int)Photometric.MINISBLACK);
        if (samples != 1)
        {
            throw new ImageFileException(path, $"page {directory} has {samples} samples per pixel (colour or alpha); only grayscale pages (one sample per pixel) are read.");
        }

        if (photometric is not Photometric.MINISBLACK)
        {
            throw new ImageFileException(path, $"page {directory} has photometric interpretation {photometric}; only MINISBLACK grayscale (0 = black) is read.");
        }

        var format = (sampleFormat is >= 1 and <= 3 ? PixelFormat.Find(bits, (PixelKind)sampleFormat) : null)
            ?? throw new ImageFileException(path, $"page {directory} stores {bits}-bit samples of sample format {sampleFormat}, which is not supported; supported are 8/16/32-bit unsigned or signed integers and 32/64-bit floats.");
        if (!withPixels)
        {
            return new TiffPage(width, height, format, null);
        }

        var pixels = new byte[checked(width * height * format.Bytes)];
        int rowBytes = width * format.Bytes;
        if (tiff.IsTiled())
        {
            int tileWidth = Required(path, tiff, TiffTag.TILEWIDTH, directory), tileHeight = Required(path, tiff, TiffTag.TILELENGTH, directory);
            var tile = new byte[tiff.TileSize()];
            for (int y = 0; y < height; y += tileHeight)
            {
                for (int x = 0; x < width; x += tileWidth)
                {
                    if (tiff.ReadTile(tile, 0, x, y, 0, 0) < 0)
                    {
                        throw new ImageFileException(path, $"page {directory}: the tile at ({x}, {y}) could not be decoded ({messages.Describe("truncated or corrupt data")}).");
                    }

                    int columns = Math.Min(tileWidth, width - x) * format.Bytes;
                    for (int row = 0; row < tileHeight && y + row < height; row++)
                    {
                        Buffer.BlockCopy(tile, row * tileWidth * format.Bytes, pixels, ((y + row) * width * format.Bytes) + (x * format.Bytes), columns);
                    }
                }
            }
        }
        else
        {
            var line = new byte[Math.Max(tiff.ScanlineSize(), rowBytes)];
            for (int row = 0; row < height; row++)
            {
                if (!tiff.ReadScanline(line, row))
                {
                    throw new ImageFileException(path, $"page {directory}: row {row} of {height} could not be decoded ({messages.Describe("truncated or corrupt data")}).");
                }

                Buffer.BlockCopy(line, 0, pixels, row * rowBytes, rowBytes);
            }
        }

        if (messages.Errors.Count > 0)
        {
            throw new ImageFileException(path, $"page {directory} could not be decoded: {messages.Describe("")}.");
        }

        return new TiffPage(width, height, format, pixels);
    }

    private static int Required(string path, Tiff tiff, TiffTag tag, int directory)
        => tiff.GetField(tag)?[0].ToInt() is int value && value > 0 ? value
            : throw new ImageFileException(path, $"page {directory} has no valid {tag} tag.");

    /// <summary>An ASCII tag's text; OME-XML is UTF-8, so the bytes are decoded as UTF-8 (ASCII is a subset).</summary>
    private static string? Text(FieldValue[]? value)
    {
        if (value is null || value.Length == 0)
        {
            return null;
        }

        byte[] bytes = value[0].GetBytes();
        int length = Array.IndexOf(bytes, (byte)0);
        return Encoding.UTF8.GetString(bytes, 0, length < 0 ? bytes.Length : length);
    }
}
