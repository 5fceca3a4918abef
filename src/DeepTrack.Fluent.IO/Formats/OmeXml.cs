using System;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>
/// OME-TIFF's OME-XML block (in the first page's ImageDescription): the Pixels element's sizes, dimension order,
/// physical sizes and time increment, and the TiffData elements that map pages to planes.
/// </summary>
internal static class OmeXml
{
    private const string Namespace = "http://www.openmicroscopy.org/Schemas/OME/2016-06";

    public static bool IsOme(string? description)
        => description is not null && description.TrimStart().StartsWith('<') && description.Contains("<OME", StringComparison.Ordinal);

    /// <summary>The metadata, the pixel type name and, for each plane in the metadata's page order, the page that holds it.</summary>
    public static (ImageMetadata Metadata, string Type, int[] PageOfPlane) Parse(string path, string description, int pages)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(description);
        }
        catch (XmlException e)
        {
            throw new ImageFileException(path, $"its OME-XML header is not well-formed XML ({e.Message}).", e);
        }

        var images = document.Root?.Elements().Where(e => e.Name.LocalName == "Image").ToList() ?? [];
        if (images.Count != 1)
        {
            throw new ImageFileException(path, images.Count == 0
                ? "its OME-XML header has no Image element."
                : $"its OME-XML header describes {images.Count} images (series); only files holding one image are read.");
        }

        var pixels = images[0].Elements().FirstOrDefault(e => e.Name.LocalName == "Pixels")
            ?? throw new ImageFileException(path, "its OME-XML Image has no Pixels element.");
        string order = Attribute(path, pixels, "DimensionOrder") ?? "XYZCT";
        if (!Enum.TryParse(order, out DimensionOrder dimensionOrder) || !Enum.IsDefined(dimensionOrder))
        {
            throw new ImageFileException(path, $"its OME-XML DimensionOrder '{order}' is not one of {string.Join(", ", Enum.GetNames<DimensionOrder>())}.");
        }

        var metadata = new ImageMetadata
        {
            Channels = Count(path, pixels, "SizeC"),
            Slices = Count(path, pixels, "SizeZ"),
            Frames = Count(path, pixels, "SizeT"),
            Order = dimensionOrder,
            PixelWidth = PhysicalLength(path, pixels, "PhysicalSizeX"),
            PixelHeight = PhysicalLength(path, pixels, "PhysicalSizeY"),
            SliceSpacing = PhysicalLength(path, pixels, "PhysicalSizeZ"),
            FrameInterval = TimeIncrement(path, pixels),
        };
        return (metadata, Attribute(path, pixels, "Type") ?? "", MapPages(path, pixels, metadata, pages));
    }

    public static string Format(ImageMetadata metadata, string type, int width, int height)
    {
        XNamespace ns = Namespace;
        var pixels = new XElement(
            ns + "Pixels",
            new XAttribute("ID", "Pixels:0"),
            new XAttribute("DimensionOrder", metadata.Order.ToString()),
            new XAttribute("Type", type),
            new XAttribute("SizeX", width),
            new XAttribute("SizeY", height),
            new XAttribute("SizeZ", metadata.Slices),
            new XAttribute("SizeC", metadata.Channels),
            new XAttribute("SizeT", metadata.Frames));
        void Physical(string name, Length? length)
        {
            if (length is Length value)
            {
                pixels.Add(new XAttribute(name, value.Micrometers.ToString("R", CultureInfo.InvariantCulture)), new XAttribute(name + "Unit", "µm"));
            }
        }

        Physical("PhysicalSizeX", metadata.PixelWidth);
        Physical("PhysicalSizeY", metadata.PixelHeight);
        Physical("PhysicalSizeZ", metadata.SliceSpacing);
        if (metadata.FrameInterval is double interval)
        {
            pixels.Add(new XAttribute("TimeIncrement", interval.ToString("R", CultureInfo.InvariantCulture)), new XAttribute("TimeIncrementUnit", "s"));
        }

        for (int c = 0; c < metadata.Channels; c++)
        {
            pixels.Add(new XElement(ns + "Channel", new XAttribute("ID", $"Channel:0:{c}"), new XAttribute("SamplesPerPixel", 1)));
        }

        pixels.Add(new XElement(ns + "TiffData", new XAttribute("IFD", 0), new XAttribute("PlaneCount", metadata.PlaneCount)));
        var ome = new XElement(ns + "OME", new XElement(ns + "Image", new XAttribute("ID", "Image:0"), new XAttribute("Name", "DeepTrack.Fluent"), pixels));
        return new XDeclaration("1.0", "UTF-8", null) + Environment.NewLine + ome.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>For each plane (in page order of the metadata), the page that holds it, from the TiffData elements.</summary>
    private static int[] MapPages(string path, XElement pixels, ImageMetadata metadata, int pages)
    {
        int planes = metadata.PlaneCount;
        var pageOfPlane = new int[planes];
        Array.Fill(pageOfPlane, -1);
        var tiffData = pixels.Elements().Where(e => e.Name.LocalName == "TiffData").ToList();
        if (tiffData.Count == 0)
        {
            tiffData.Add(new XElement("TiffData"));
        }

        foreach (var element in tiffData)
        {
            if (element.Elements().Any(e => e.Name.LocalName == "UUID" && e.Attribute("FileName") is XAttribute name && !path.EndsWith(name.Value, StringComparison.Ordinal)))
            {
                throw new ImageFileException(path, "its OME-XML header places planes in other files (a multi-file OME-TIFF dataset); only single-file OME-TIFFs are read.");
            }

            int? ifd = OptionalInteger(path, element, "IFD");
            int firstPage = ifd ?? 0;
            int count = OptionalInteger(path, element, "PlaneCount") ?? (ifd is null ? pages : 1);
            int firstPlane = metadata.PageOf(new PlaneIndex(
                OptionalInteger(path, element, "FirstC") ?? 0, OptionalInteger(path, element, "FirstZ") ?? 0, OptionalInteger(path, element, "FirstT") ?? 0));
            for (int k = 0; k < count; k++)
            {
                int plane = firstPlane + k, page = firstPage + k;
                if (plane >= planes || page >= pages)
                {
                    throw new ImageFileException(path, $"its OME-XML header maps {count} plane(s) from page {firstPage}, but the image has {planes} planes and the file {pages} page(s) (truncated, or a header that does not match the pages).");
                }

                pageOfPlane[plane] = page;
            }
        }

        int missing = Array.IndexOf(pageOfPlane, -1);
        if (missing >= 0)
        {
            throw new ImageFileException(path, $"its OME-XML header describes {planes} planes but maps no page to plane {metadata.PlaneOf(missing)} (the file has {pages} page(s)).");
        }

        return pageOfPlane;
    }

    private static string? Attribute(string path, XElement element, string name) => element.Attribute(name)?.Value;

    private static int Count(string path, XElement pixels, string name)
        => OptionalInteger(path, pixels, name) is int value && value >= 1 ? value
            : throw new ImageFileException(path, $"its OME-XML Pixels element needs {name} ≥ 1; it has '{Attribute(path, pixels, name) ?? "nothing"}'.");

    private static int? OptionalInteger(string path, XElement element, string name)
        => element.Attribute(name) is not XAttribute attribute ? null
            : int.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0 ? value
            : throw new ImageFileException(path, $"its OME-XML {element.Name.LocalName} has {name}=\"{attribute.Value}\", which is not a non-negative integer.");

    private static Length? PhysicalLength(string path, XElement pixels, string name)
    {
        if (pixels.Attribute(name) is not XAttribute attribute)
        {
            return null;
        }

        string unit = pixels.Attribute(name + "Unit")?.Value ?? "µm";
        if (!double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value > 0) || !double.IsFinite(value))
        {
            throw new ImageFileException(path, $"its OME-XML {name}=\"{attribute.Value}\" is not a positive number.");
        }

        return PhysicalUnits.MetersPer(unit) is double meters
            ? Length.FromMeters(value * meters)
            : throw new ImageFileException(path, $"its OME-XML {name}Unit=\"{unit}\" is not a length unit this reader knows.");
    }

    private static double? TimeIncrement(string path, XElement pixels)
    {
        if (pixels.Attribute("TimeIncrement") is not XAttribute attribute)
        {
            return null;
        }

        string unit = pixels.Attribute("TimeIncrementUnit")?.Value ?? "s";
        if (!double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value > 0) || !double.IsFinite(value))
        {
            throw new ImageFileException(path, $"its OME-XML TimeIncrement=\"{attribute.Value}\" is not a positive number.");
        }

        return PhysicalUnits.SecondsPer(unit) is double seconds
            ? value * seconds
            : throw new ImageFileException(path, $"its OME-XML TimeIncrementUnit=\"{unit}\" is not a time unit this reader knows.");
    }

    /// <summary>The pixel format an OME Type names, or null.</summary>
    public static PixelFormat? FormatOf(string type) => Array.Find(PixelFormat.All, f => f.OmeName == type);
}
