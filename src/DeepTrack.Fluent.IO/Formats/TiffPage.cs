namespace DeepTrack.Fluent.IO.Formats;

/// <summary>One page of a TIFF file as read: its size and format, and its native-endian samples (null when only the tags were read).</summary>
internal sealed record TiffPage(int Width, int Height, PixelFormat Format, byte[]? Samples);
