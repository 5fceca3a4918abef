namespace DeepTrack.Fluent.IO;

/// <summary>Which header a TIFF file carries for its metadata (pixel size, frame interval, channels × slices × frames).</summary>
public enum TiffConvention
{
    /// <summary>No header: pages only; a pixel size goes into the resolution tags in centimetres. Hyperstack sizes are not kept.</summary>
    Plain,

    /// <summary>ImageJ's ImageDescription header (opened as a calibrated hyperstack by ImageJ and Fiji); pages in XYCZT order.</summary>
    ImageJ,

    /// <summary>OME-XML in the first page's ImageDescription (OME-TIFF, read by Bio-Formats); pages in the metadata's order.</summary>
    OmeTiff,
}
