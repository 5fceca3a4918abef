namespace DeepTrack.Fluent.IO.Tests;

/// <summary>A TIFF written byte by byte, with its directory before its pixels (as ImageJ lays files out), so that a cut removes pixels but keeps the directory.</summary>
internal static class HandMadeTiff
{
    /// <summary>A 4 × 4 16-bit image (pixel i = 1000 + i) whose directory promises 32 bytes of pixels, of which only <paramref name="pixelBytes"/> are present.</summary>
    public static byte[] WithMissingPixels(int pixelBytes)
    {
        using var memory = new MemoryStream();
        using var writer = new BinaryWriter(memory);
        (ushort Tag, ushort Type, uint Value)[] entries =
        [
            (256, 3, 4),   // ImageWidth
            (257, 3, 4),   // ImageLength
            (258, 3, 16),  // BitsPerSample
            (259, 3, 1),   // Compression: none
            (262, 3, 1),   // Photometric: min-is-black
            (273, 4, 0),   // StripOffsets (filled in below)
            (277, 3, 1),   // SamplesPerPixel
            (278, 3, 4),   // RowsPerStrip
            (279, 4, 32),  // StripByteCounts
        ];
        uint dataOffset = (uint)(8 + 2 + (entries.Length * 12) + 4);
        writer.Write("II"u8);
        writer.Write((ushort)42);
        writer.Write(8u);
        writer.Write((ushort)entries.Length);
        foreach (var (tag, type, value) in entries)
        {
            writer.Write(tag);
            writer.Write(type);
            writer.Write(1u);
            if (type == 3)
            {
                writer.Write((ushort)value);
                writer.Write((ushort)0);
            }
            else
            {
                writer.Write(tag == 273 ? dataOffset : value);
            }
        }

        writer.Write(0u); // no next directory
        for (int i = 0; i < 16; i++)
        {
            writer.Write((ushort)(1000 + i));
        }

        writer.Flush();
        return memory.ToArray()[..(int)(dataOffset + pixelBytes)];
    }
}
