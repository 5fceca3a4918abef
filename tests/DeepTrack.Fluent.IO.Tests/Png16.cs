using System.IO.Compression;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>A 16-bit grayscale PNG written byte by byte (as other tools write them), to test that the reader refuses it.</summary>
internal static class Png16
{
    public static byte[] Gray(int width, int height, ushort[] values)
    {
        var raw = new MemoryStream();
        for (int row = 0; row < height; row++)
        {
            raw.WriteByte(0); // filter: none
            for (int column = 0; column < width; column++)
            {
                ushort v = values[(row * width) + column];
                raw.WriteByte((byte)(v >> 8));
                raw.WriteByte((byte)v);
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 16, 0, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static void Chunk(Stream png, string type, byte[] data)
    {
        byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian(data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian((int)Crc([.. typeBytes, .. data])));
    }

    private static uint Crc(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
