namespace DeepTrack.Fluent.IO;

/// <summary>One image of an <see cref="ImageSource"/>: a file and the page in it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Page">The page (0 for single-image files), in the file's metadata order.</param>
/// <param name="Label">For folder sources, the name of the sub-folder the file is in ("" at the top); DeepTrack 2.0's ImageFolder label.</param>
public readonly record struct ImageSourceItem(string Path, int Page, string Label);
