namespace DeepTrack.Fluent.IO.Formats;

/// <summary>Unsigned integer, signed integer or IEEE floating point (TIFF's SampleFormat 1, 2, 3).</summary>
internal enum PixelKind
{
    Unsigned = 1,
    Signed = 2,
    Float = 3,
}
