using System;

namespace DeepTrack.Fluent.IO;

/// <summary>What an image file holds, read without its pixels.</summary>
/// <param name="Width">Columns of each page.</param>
/// <param name="Height">Rows of each page.</param>
/// <param name="Pages">The number of pages (1 for a single image).</param>
/// <param name="PixelType">The .NET type that holds the stored pixels exactly, e.g. <see cref="ushort"/> for 16-bit unsigned.</param>
/// <param name="Convention">The metadata header found (for TIFF; <see cref="TiffConvention.Plain"/> otherwise).</param>
/// <param name="Metadata">What the header says.</param>
public sealed record ImageFileInfo(int Width, int Height, int Pages, Type PixelType, TiffConvention Convention, ImageMetadata Metadata);
