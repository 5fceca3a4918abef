namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>Where a three-dimensional array keeps the channels of an image.</summary>
public enum ChannelOrder
{
    /// <summary>(height, width, channels): NumPy's and OpenCV's usual layout, and that of most image files.</summary>
    Last,

    /// <summary>(channels, height, width): PyTorch's layout, and the one this library writes.</summary>
    First,
}
