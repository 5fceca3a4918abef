using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Where the optics compute: the output region and its padding on the simulation grid (camera pixels × upscale),
/// and the FFT-friendly grid that holds them. Grid index (0, 0) is simulation pixel (OriginRow, OriginColumn).
/// </summary>
internal sealed record SimulationLayout
{
    public SimulationLayout(PixelRegion region, int padding, int upscale, Length pixelSize)
        : this(region, padding, upscale, upscale, pixelSize)
    {
    }

    public SimulationLayout(PixelRegion region, int padding, int upscale, int axialUpscale, Length pixelSize)
    {
        Region = region;
        Upscale = upscale;
        AxialUpscale = axialUpscale;
        Voxels = new VoxelGrid(pixelSize, upscale, axialUpscale);
        OriginRow = (region.Top - padding) * upscale;
        OriginColumn = (region.Left - padding) * upscale;
        PaddedHeight = (region.Height + 2 * padding) * upscale;
        PaddedWidth = (region.Width + 2 * padding) * upscale;
        GridHeight = FftBackend.GoodSize(PaddedHeight);
        GridWidth = FftBackend.GoodSize(PaddedWidth);
        CropRow = padding * upscale;
        CropColumn = padding * upscale;
        OutputHeight = region.Height * upscale;
        OutputWidth = region.Width * upscale;
    }

    public PixelRegion Region { get; }

    /// <summary>Simulation pixels per camera pixel along the rows and the columns.</summary>
    public int Upscale { get; }

    /// <summary>Simulation planes per camera pixel along z.</summary>
    public int AxialUpscale { get; }

    public VoxelGrid Voxels { get; }

    public int OriginRow { get; }

    public int OriginColumn { get; }

    /// <summary>Rows of output region plus padding, in simulation pixels (voxels beyond are dropped).</summary>
    public int PaddedHeight { get; }

    /// <summary>Columns of output region plus padding, in simulation pixels.</summary>
    public int PaddedWidth { get; }

    public int GridHeight { get; }

    public int GridWidth { get; }

    /// <summary>The grid row of the output region's first row.</summary>
    public int CropRow { get; }

    /// <summary>The grid column of the output region's first column.</summary>
    public int CropColumn { get; }

    /// <summary>Rows of the output region in simulation pixels.</summary>
    public int OutputHeight { get; }

    /// <summary>Columns of the output region in simulation pixels.</summary>
    public int OutputWidth { get; }

    public OpticalGrid ToOpticalGrid(Length wavelength, double na, double medium, SimulationEnvironment environment, double illuminationAngle = 0)
        => new(GridHeight, GridWidth, OriginRow, OriginColumn, Upscale, Voxels.VoxelSize, wavelength, na, medium)
        {
            OutputHeight = OutputHeight,
            OutputWidth = OutputWidth,
            IlluminationAngle = illuminationAngle,
            Environment = environment,
        };
}
