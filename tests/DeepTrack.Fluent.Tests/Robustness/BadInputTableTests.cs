using System.Numerics;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Cameras;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tissue;

namespace DeepTrack.Fluent.Tests.Robustness;

/// <summary>
/// One table of bad inputs, one row per (feature, property, value): each must fail with a
/// <see cref="PropertyValueException"/> that names the feature that holds the value (not a neighbour),
/// the property and the value itself. A second table holds the legal edge cases that must succeed.
/// </summary>
public class BadInputTableTests
{
    private const int Size = 16;

    /// <summary>A row: the feature that holds the bad value, the property, the value, and the pipeline that resolves it.</summary>
    private sealed record Row(Feature Culprit, string Property, object? Value, Func<object?> Run)
    {
        public string Id => $"{Culprit.Name}.{Property} = {Format(Value)}";
    }

    private static readonly Row[] Rows =
    [
        // Scatterers.
        Scatterer(new PointParticle().WithPosition(new PixelPosition(double.NaN, 8)), "Position", new PixelPosition(double.NaN, 8)),
        Scatterer(new PointParticle().WithPosition(new PixelPosition(8, double.PositiveInfinity)), "Position", new PixelPosition(8, double.PositiveInfinity)),
        Scatterer(new PointParticle().WithZ(double.NaN).WithPosition(Center), "Z", double.NaN),
        Scatterer(new PointParticle().WithZ(double.NegativeInfinity).WithPosition(Center), "Z", double.NegativeInfinity),
        Scatterer(new PointParticle().WithIntensity(-1).WithPosition(Center), "Intensity", -1.0),
        Scatterer(new PointParticle().WithIntensity(double.NaN).WithPosition(Center), "Intensity", double.NaN),
        Scatterer(new PointParticle().WithIntensity(double.PositiveInfinity).WithPosition(Center), "Intensity", double.PositiveInfinity),
        Scatterer(new Sphere().WithRefractiveIndex(new Complex(double.NaN, 0)).WithPosition(Center), "RefractiveIndex", new Complex(double.NaN, 0)),
        Scatterer(new Sphere().WithRefractiveIndex(new Complex(0, 0)).WithPosition(Center), "RefractiveIndex", new Complex(0, 0)),
        Scatterer(new Sphere().WithRefractiveIndex(new Complex(1.45, -0.1)).WithPosition(Center), "RefractiveIndex", new Complex(1.45, -0.1)),
        Scatterer(new Sphere().WithRadius(Length.FromMeters(0)).WithPosition(Center), "Radius", Length.FromMeters(0)),
        Scatterer(new Sphere().WithRadius(Length.FromMeters(-1e-6)).WithPosition(Center), "Radius", Length.FromMeters(-1e-6)),
        Scatterer(new Sphere().WithRadius(Length.FromMeters(double.NaN)).WithPosition(Center), "Radius", Length.FromMeters(double.NaN)),
        Scatterer(new Sphere().WithRadius(Length.FromMeters(double.PositiveInfinity)).WithPosition(Center), "Radius", Length.FromMeters(double.PositiveInfinity)),
        Scatterer(new Ellipse().WithRadius(Length.FromMeters(0)).WithPosition(Center), "Radius", Length.FromMeters(0)),
        Scatterer(new Ellipse().WithSecondRadius(Length.FromMeters(-1e-7)).WithPosition(Center), "SecondRadius", (Length?)Length.FromMeters(-1e-7)),
        Scatterer(new Ellipse().WithRotation(new Angle(double.NaN)).WithPosition(Center), "Rotation", new Angle(double.NaN)),
        Scatterer(new Nucleus().WithRadius(Length.FromMeters(0)).WithPosition(Center), "Radius", Length.FromMeters(0)),
        Scatterer(new Nucleus().WithSecondRadius(Length.FromMeters(double.NaN)).WithPosition(Center), "SecondRadius", (Length?)Length.FromMeters(double.NaN)),
        Scatterer(new Nucleus().WithRotation(new Angle(double.PositiveInfinity)).WithPosition(Center), "Rotation", new Angle(double.PositiveInfinity)),
        Scatterer(new Nucleus().WithDeformation(1).WithPosition(Center), "Deformation", 1.0),
        Scatterer(new Nucleus().WithDeformation(-0.1).WithPosition(Center), "Deformation", -0.1),
        Scatterer(new Nucleus().WithDeformation(double.NaN).WithPosition(Center), "Deformation", double.NaN),
        Scatterer(new Nucleus().WithModes(0).WithPosition(Center), "Modes", 0),
        Scatterer(new Nucleus().WithTexture(-1).WithPosition(Center), "Texture", -1.0),
        Scatterer(new Nucleus().WithTexture(double.PositiveInfinity).WithPosition(Center), "Texture", double.PositiveInfinity),
        Scatterer(new Nucleus().WithTextureScale(0).WithPosition(Center), "TextureScale", 0.0),
        Scatterer(new Nucleus().WithTextureScale(double.NaN).WithPosition(Center), "TextureScale", double.NaN),
        Scatterer(new Ellipsoid().WithRadius(Length.FromMeters(double.NaN)).WithPosition(Center), "Radius", Length.FromMeters(double.NaN)),
        Scatterer(new Ellipsoid().WithSecondRadius(Length.FromMeters(0)).WithPosition(Center), "SecondRadius", (Length?)Length.FromMeters(0)),
        Scatterer(new Ellipsoid().WithThirdRadius(Length.FromMeters(double.PositiveInfinity)).WithPosition(Center), "ThirdRadius", (Length?)Length.FromMeters(double.PositiveInfinity)),
        Scatterer(new Ellipsoid().WithRotation(new Angle(double.NaN)).WithPosition(Center), "Rotation", new Angle(double.NaN)),
        Scatterer(new Ellipsoid().WithSecondRotation(new Angle(double.PositiveInfinity)).WithPosition(Center), "SecondRotation", new Angle(double.PositiveInfinity)),
        Scatterer(new Ellipsoid().WithThirdRotation(new Angle(double.NaN)).WithPosition(Center), "ThirdRotation", new Angle(double.NaN)),

        Crowd(p => p.WithMinimumDistance(-1), "MinimumDistance", -1.0),
        Crowd(p => p.WithMinimumDistance(double.PositiveInfinity), "MinimumDistance", double.PositiveInfinity),
        Crowd(p => p.WithMaxAttempts(0), "MaxAttempts", 0),
        Crowd(p => p.WithPixelSize(Length.FromMeters(0)), "PixelSize", Length.FromMeters(0)),

        // Mie scatterers (through brightfield).
        Mie(new MieSphere().WithRadius(Length.FromMeters(0)), "Radius", Length.FromMeters(0)),
        Mie(new MieSphere().WithRadius(Length.FromMeters(double.NaN)), "Radius", Length.FromMeters(double.NaN)),
        Mie(new MieSphere().WithTerms(0), "Terms", (int?)0),
        Mie(new MieSphere().WithTerms(1_000_000), "Terms", (int?)1_000_000),
        Mie(new MieSphere().WithOffsetZ(Length.FromMeters(-1e-6)), "OffsetZ", (Length?)Length.FromMeters(-1e-6)),
        Mie(new MieSphere().WithOffsetZ(Length.FromMeters(double.NaN)), "OffsetZ", (Length?)Length.FromMeters(double.NaN)),
        Mie(new MieSphere().WithCollectionAngle(new Angle(2)), "CollectionAngle", (Angle?)new Angle(2)),
        Mie(new MieSphere().WithCollectionAngle(new Angle(0)), "CollectionAngle", (Angle?)new Angle(0)),
        Mie(new MieSphere().WithInputPolarization(new Angle(double.NaN)), "InputPolarization", new Angle(double.NaN)),
        Mie(new MieSphere().WithOutputPolarization(new Angle(double.PositiveInfinity)), "OutputPolarization", (Angle?)new Angle(double.PositiveInfinity)),
        Mie(new MieSphere().WithProjection((MieProjection)42), "Projection", (MieProjection)42),
        Mie(new MieSphere().WithSampling((MieSampling)42), "Sampling", (MieSampling)42),
        Mie(new MieSphere().WithCoherenceLength(Length.FromMeters(0)), "CoherenceLength", (Length?)Length.FromMeters(0)),
        Mie(new MieSphere().WithRefractiveIndex(new Complex(1.45, -0.01)), "RefractiveIndex", new Complex(1.45, -0.01)),
        Mie(new MieStratifiedSphere().WithRadii([0.5.Micrometers()]), "Radii", 1),
        Mie(new MieStratifiedSphere().WithRadii([0.5.Micrometers(), Length.FromMeters(double.NaN)]), "Radii", Length.FromMeters(double.NaN)),
        Mie(new MieStratifiedSphere().WithRefractiveIndices([new Complex(1.45, 0), new Complex(1.6, -0.2)]), "RefractiveIndices", new Complex(1.6, -0.2)),

        // Optics.
        .. Optics(o => o.WithNA(0), "NA", 0.0),
        .. Optics(o => o.WithNA(-0.5), "NA", -0.5),
        .. Optics(o => o.WithNA(1.4), "NA", 1.4),
        .. Optics(o => o.WithNA(double.NaN), "NA", double.NaN),
        .. Optics(o => o.WithWavelength(10.Nanometers()), "Wavelength", 10.Nanometers()),
        .. Optics(o => o.WithWavelength(Length.FromMeters(double.NaN)), "Wavelength", Length.FromMeters(double.NaN)),
        .. Optics(o => o.WithRefractiveIndexMedium(0), "RefractiveIndexMedium", 0.0),
        .. Optics(o => o.WithRefractiveIndexMedium(double.PositiveInfinity), "RefractiveIndexMedium", double.PositiveInfinity),
        .. Optics(o => o.WithMagnification(0), "Magnification", 0.0),
        .. Optics(o => o.WithMagnification(double.NaN), "Magnification", double.NaN),
        .. Optics(o => o.WithCameraPixelPitch(Length.FromMeters(0)), "CameraPixelPitch", Length.FromMeters(0)),
        .. Optics(o => o.WithPadding(-1), "Padding", -1),
        .. Optics(o => o.WithOutputRegion(new PixelRegion(0, 0, 0, 8)), "OutputRegion", new PixelRegion(0, 0, 0, 8)),
        .. Optics(o => o.WithUpscale(0), "Upscale", 0),
        .. Optics(o => o.WithAxialUpscale(0), "AxialUpscale", (int?)0),
        Render(new Brightfield().WithOutputRegion(PixelRegion.Square(Size)).WithIlluminationAngle(new Angle(4)), "IlluminationAngle", (Angle?)new Angle(4)),
        Render(new Darkfield().WithOutputRegion(PixelRegion.Square(Size)).WithIlluminationAngle(new Angle(-0.1)), "IlluminationAngle", (Angle?)new Angle(-0.1)),
        Render(new Iscat().WithOutputRegion(PixelRegion.Square(Size)).WithReferenceAmplitude(0), "ReferenceAmplitude", 0.0),
        Render(new Iscat().WithOutputRegion(PixelRegion.Square(Size)).WithReferenceAmplitude(double.NaN), "ReferenceAmplitude", double.NaN),
        Render(new Iscat().WithOutputRegion(PixelRegion.Square(Size)).WithReferencePhase(new Angle(double.NaN)), "ReferencePhase", new Angle(double.NaN)),

        // Pupils.
        Pupil(new Zernike().WithN(-1), "N", -1),
        Pupil(new Zernike().WithN(3).WithM(2), "M", 2),
        Pupil(new Zernike().WithN(2).WithM(4), "M", 4),
        Pupil(new Zernike().WithN(2).WithCoefficient(double.NaN), "Coefficient", double.NaN),
        Pupil(new Zernike().WithN(2).WithCoefficient(double.PositiveInfinity), "Coefficient", double.PositiveInfinity),
        Pupil(new GaussianApodization().WithSigma(0), "Sigma", 0.0),
        Pupil(new GaussianApodization().WithSigma(double.NaN), "Sigma", double.NaN),
        Pupil(new GaussianApodization().WithOffsetRow(double.NaN), "OffsetRow", double.NaN),
        Pupil(new GaussianApodization().WithOffsetColumn(double.PositiveInfinity), "OffsetColumn", double.PositiveInfinity),
        Pupil(new ZernikeSeries().WithTerms([new ZernikeTerm(2, 1, 0.5)]), "Terms", new ZernikeTerm(2, 1, 0.5)),
        Pupil(new ZernikeSeries().WithTerms([new ZernikeTerm(2, 0, double.NaN)]), "Terms", new ZernikeTerm(2, 0, double.NaN)),

        // Labels.
        Label(new DiskMask().WithOutputRegion(PixelRegion.Square(Size)).WithRadius(0), "Radius", 0.0),
        Label(new DiskMask().WithOutputRegion(PixelRegion.Square(Size)).WithRadius(double.NaN), "Radius", double.NaN),
        Label(new DiskMask().WithOutputRegion(PixelRegion.Square(Size)).WithRadius(double.PositiveInfinity), "Radius", double.PositiveInfinity),
        Label(new DiskMask().WithOutputRegion(new PixelRegion(0, 0, 8, 0)), "OutputRegion", new PixelRegion(0, 0, 8, 0)),
        Label(new DensityMap().WithOutputRegion(PixelRegion.Square(Size)).WithSigma(0), "Sigma", 0.0),
        Label(new DensityMap().WithOutputRegion(PixelRegion.Square(Size)).WithSigma(double.PositiveInfinity), "Sigma", double.PositiveInfinity),
        Label(new DensityMap().WithOutputRegion(new PixelRegion(0, 0, -1, 8)), "OutputRegion", new PixelRegion(0, 0, -1, 8)),
        Label(new SpotMask().WithOutputRegion(PixelRegion.Square(Size)).WithSigma(0), "Sigma", 0.0),
        Label(new SpotMask().WithOutputRegion(PixelRegion.Square(Size)).WithSigma(double.NaN), "Sigma", double.NaN),
        Label(new SpotMask().WithOutputRegion(PixelRegion.Square(Size)).WithSigma(double.PositiveInfinity), "Sigma", double.PositiveInfinity),
        Label(new SpotMask().WithOutputRegion(new PixelRegion(0, 0, 8, 0)), "OutputRegion", new PixelRegion(0, 0, 8, 0)),
        Label(new SegmentationMask().WithOutputRegion(PixelRegion.Square(Size)).WithPixelSize(Length.FromMeters(0)), "PixelSize", Length.FromMeters(0)),
        Label(new SegmentationMask().WithOutputRegion(PixelRegion.Square(Size)).WithPixelSize(Length.FromMeters(double.NaN)), "PixelSize", Length.FromMeters(double.NaN)),
        Label(new SegmentationMask().WithOutputRegion(PixelRegion.Square(0)), "OutputRegion", PixelRegion.Square(0)),
        Label(new VolumeMask().WithOutputRegion(PixelRegion.Square(Size)).WithBins(new AxialBins(0, 10, 5)).WithRadius(0), "Radius", 0.0),
        Label(new VolumeMask().WithOutputRegion(PixelRegion.Square(Size)).WithBins(new AxialBins(0, 10, 5)).WithRadius(double.NaN), "Radius", double.NaN),
        Label(new VolumeMask().WithOutputRegion(PixelRegion.Square(Size)).WithBins(new AxialBins(0, 10, 5)).WithAxialRadius(-1), "AxialRadius", -1.0),
        Label(new VolumeMask().WithOutputRegion(PixelRegion.Square(Size)).WithBins(new AxialBins(0, 10, 5)).WithAxialRadius(double.PositiveInfinity), "AxialRadius", double.PositiveInfinity),
        Label(new VolumeMask().WithOutputRegion(new PixelRegion(0, 0, 0, 8)).WithBins(new AxialBins(0, 10, 5)), "OutputRegion", new PixelRegion(0, 0, 0, 8)),

        // Noise.
        OnImage(new GaussianNoise().WithMean(double.NaN), "Mean", double.NaN),
        OnImage(new GaussianNoise().WithMean(double.PositiveInfinity), "Mean", double.PositiveInfinity),
        OnImage(new GaussianNoise().WithSigma(-1), "Sigma", -1.0),
        OnImage(new GaussianNoise().WithSigma(double.NaN), "Sigma", double.NaN),
        OnImage(new GaussianNoise().WithSigma(double.PositiveInfinity), "Sigma", double.PositiveInfinity),
        OnImage(new PoissonNoise().WithSnr(0), "Snr", 0.0),
        OnImage(new PoissonNoise().WithSnr(-5), "Snr", -5.0),
        OnImage(new PoissonNoise().WithSnr(double.NaN), "Snr", double.NaN),
        OnImage(new PoissonNoise().WithSnr(double.PositiveInfinity), "Snr", double.PositiveInfinity),
        OnImage(new PoissonNoise().WithBackground(double.NaN), "Background", double.NaN),
        OnImage(new PoissonNoise().WithBackground(double.NegativeInfinity), "Background", double.NegativeInfinity),
        OnImage(new PoissonNoise().WithDefinition((SnrDefinition)9), "Definition", (SnrDefinition)9),
        OnImage(new CellBackground().WithLevel(-1), "Level", -1.0),
        OnImage(new CellBackground().WithContrast(double.NaN), "Contrast", double.NaN),
        OnImage(new CellBackground().WithCellRadius(0), "CellRadius", 0.0),
        OnImage(new CellBackground().WithGranularity(double.PositiveInfinity), "Granularity", double.PositiveInfinity),
        OnImage(new CellBackground().WithGrain(-2), "Grain", -2.0),
        OnImage(new CellBackground().WithEdgeWidth(double.NaN), "EdgeWidth", double.NaN),
        OnImage(new UnevenIllumination().WithStrength(1), "Strength", 1.0),
        OnImage(new UnevenIllumination().WithStrength(-0.2), "Strength", -0.2),
        OnImage(new UnevenIllumination().WithStrength(double.NaN), "Strength", double.NaN),
        OnImage(new UnevenIllumination().WithScale(0), "Scale", 0.0),
        OnImage(new UnevenIllumination().WithScale(double.PositiveInfinity), "Scale", double.PositiveInfinity),
        OnImage(new UnevenIllumination().WithModes(0), "Modes", 0),

        // Tissue.
        Structural(new CellTiling().WithHeight(0), "Height", 0),
        Structural(new CellTiling().WithWidth(-3), "Width", -3),
        Structural(new CellTiling().WithCells(0), "Cells", 0),
        Structural(new CellTiling().WithMembraneThickness(0), "MembraneThickness", 0.0),
        Structural(new CellTiling().WithMembraneThickness(double.NaN), "MembraneThickness", double.NaN),
        Structural(new CellTiling().WithMitochondriaPerCell(-1), "MitochondriaPerCell", -1),
        Structural(new CellTiling().WithMitochondrionLength(0), "MitochondrionLength", 0.0),
        Structural(new CellTiling().WithMitochondrionWidth(double.PositiveInfinity), "MitochondrionWidth", double.PositiveInfinity),
        Structural(new CellTiling().WithClearance(-0.5), "Clearance", -0.5),
        OnTissue(new TemRendering().WithCytoplasmIntensity(double.NaN), "CytoplasmIntensity", double.NaN),
        OnTissue(new TemRendering().WithCristaeContrast(-0.1), "CristaeContrast", -0.1),
        OnTissue(new TemRendering().WithCristaePeriod(0), "CristaePeriod", 0.0),
        OnTissue(new TemRendering().WithTexture(double.PositiveInfinity), "Texture", double.PositiveInfinity),
        OnTissue(new TemRendering().WithGrain(-1), "Grain", -1.0),
        OnImage(new Background().WithLevel(double.NaN), "Level", double.NaN),
        OnImage(new Background().WithLevel(double.PositiveInfinity), "Level", double.PositiveInfinity),
        OnField(new ComplexGaussianNoise().WithMean(new Complex(double.NaN, 0)), "Mean", new Complex(double.NaN, 0)),
        OnField(new ComplexGaussianNoise().WithSigma(-1), "Sigma", -1.0),
        OnField(new ComplexGaussianNoise().WithSigma(double.NaN), "Sigma", double.NaN),

        // Cameras.
        OnImage(new Camera().WithQuantumEfficiency(0), "QuantumEfficiency", 0.0),
        OnImage(new Camera().WithQuantumEfficiency(1.5), "QuantumEfficiency", 1.5),
        OnImage(new Camera().WithQuantumEfficiency(double.NaN), "QuantumEfficiency", double.NaN),
        OnImage(new Camera().WithDarkCounts(-1), "DarkCounts", -1.0),
        OnImage(new Camera().WithDarkCounts(double.PositiveInfinity), "DarkCounts", double.PositiveInfinity),
        OnImage(new Camera().WithEmGain(0.5), "EmGain", 0.5),
        OnImage(new Camera().WithEmGain(double.NaN), "EmGain", double.NaN),
        OnImage(new Camera().WithReadNoise(-2), "ReadNoise", -2.0),
        OnImage(new Camera().WithReadNoise(double.PositiveInfinity), "ReadNoise", double.PositiveInfinity),
        OnImage(new Camera().WithElectronsPerCount(0), "ElectronsPerCount", 0.0),
        OnImage(new Camera().WithElectronsPerCount(double.PositiveInfinity), "ElectronsPerCount", double.PositiveInfinity),
        OnImage(new Camera().WithBaseline(-1), "Baseline", -1.0),
        OnImage(new Camera().WithBaseline(double.NaN), "Baseline", double.NaN),
        OnImage(new Camera().WithBitDepth(0), "BitDepth", 0),
        OnImage(new Camera().WithBitDepth(33), "BitDepth", 33),
        OnImage(new ScmosCamera(), "Calibration", null),
        OnImage(new ScmosCamera().WithCalibration(ScmosCalibration.Random(Size, Size, 1)).WithQuantumEfficiency(0), "QuantumEfficiency", 0.0),
        OnImage(new ScmosCamera().WithCalibration(ScmosCalibration.Random(Size, Size, 1)).WithDarkCounts(double.NaN), "DarkCounts", double.NaN),
        OnImage(new ScmosCamera().WithCalibration(ScmosCalibration.Random(Size, Size, 1)).WithBitDepth(40), "BitDepth", 40),

        // Processing.
        OnImage(new GaussianBlur<double>().WithSigma(-1), "Sigma", -1.0),
        OnImage(new GaussianBlur<double>().WithSigma(double.NaN), "Sigma", double.NaN),
        OnImage(new GaussianBlur<double>().WithSigma(double.PositiveInfinity), "Sigma", double.PositiveInfinity),
        OnImage(new GaussianBlur<double>().WithTruncate(0), "Truncate", 0.0),
        OnImage(new GaussianBlur<double>().WithTruncate(double.NaN), "Truncate", double.NaN),
        OnImage(new GaussianBlur<double>().WithMode((BorderMode)77), "Mode", (BorderMode)77),
        OnImage(new MedianBlur<double>().WithKernelSize(0), "KernelSize", 0),
        OnImage(new MedianBlur<double>().WithKernelSize(4), "KernelSize", 4),
        OnImage(new MedianBlur<double>().WithKernelSize(-3), "KernelSize", -3),
        OnImage(new MedianBlur<double>().WithMode((BorderMode)77), "Mode", (BorderMode)77),
        OnImage(new AverageBlur<double>().WithKernelSize(2), "KernelSize", 2),
        OnImage(new AverageBlur<double>().WithKernelSize(0), "KernelSize", 0),
        OnImage(new AverageBlur<double>().WithMode((BorderMode)77), "Mode", (BorderMode)77),
        OnImage(new MaxPool<double>().WithFactor(0), "Factor", 0),
        OnImage(new MaxPool<double>().WithFactor(Size + 1), "Factor", Size + 1),
        OnImage(new MinPool<double>().WithFactor(-2), "Factor", -2),
        OnImage(new MedianPool<double>().WithFactor(Size * 2), "Factor", Size * 2),
        OnImage(new AveragePool<double>().WithFactor(0), "Factor", 0),
        OnImage(new AveragePool<double>().WithFactor(Size + 3), "Factor", Size + 3),
        OnImage(new NormalizeMinMax<double>().WithMinimum(double.NaN), "Minimum", double.NaN),
        OnImage(new NormalizeMinMax<double>().WithMaximum(double.PositiveInfinity), "Maximum", double.PositiveInfinity),
        OnImage(new NormalizeQuantile<double>().WithLowQuantile(-0.1), "LowQuantile", -0.1),
        OnImage(new NormalizeQuantile<double>().WithHighQuantile(1.1), "HighQuantile", 1.1),
        OnImage(new NormalizeQuantile<double>().WithLowQuantile(0.8).WithHighQuantile(0.2), "HighQuantile", 0.2),
        OnImage(new NormalizeQuantile<double>().WithLowQuantile(double.NaN), "LowQuantile", double.NaN),
        OnImage(new Clip<double>().WithMinimum(double.NaN), "Minimum", double.NaN),
        OnImage(new Clip<double>().WithMinimum(2).WithMaximum(1), "Maximum", 1.0),
        OnImage(new Clip<double>().WithMaximum(double.NaN), "Maximum", double.NaN),
        OnImage(new Quantile<double>().WithProbability(1.5), "Probability", 1.5),
        OnImage(new Quantile<double>().WithProbability(double.NaN), "Probability", double.NaN),
        OnImage(new Reduce<double>().WithFunction((Reduction)99), "Function", (Reduction)99),
        OnImage(new Reduce<double>().WithFunction(Reduction.Quantile).WithProbability(1.5), "Probability", 1.5),
        OnImage(new ReduceAxis<double>().WithProbability(double.NaN), "Probability", double.NaN),
        OnImage(new ReduceAxis<double>().WithAxis((ImageAxis)5), "Axis", (ImageAxis)5),
        OnImage(new CumulativeSum<double>().WithAxis((ImageAxis)5), "Axis", (ImageAxis)5),
        OnImage(new SelectPlane<double>().WithIndex(-1), "Index", -1),
        OnImage(new SelectPlane<double>().WithIndex(1), "Index", 1),
        OnImage(new OneHot<double>().WithClasses(0), "Classes", 0),
        OnImage(new OneHot<double>().WithClasses(-2), "Classes", -2),
        OnList(new ReduceImages<double>().WithProbability(-0.5), "Probability", -0.5),
        OnImage(new Elementwise<double>().WithFunction((ElementwiseFunction)99), "Function", (ElementwiseFunction)99),
        OnField(new ComplexComponent().WithPart((ComplexPart)99), "Part", (ComplexPart)99),

        // Augmentations.
        OnImage(new Pad<double>().WithTop(-1), "Top", -1),
        OnImage(new Pad<double>().WithBottom(-1), "Bottom", -1),
        OnImage(new Pad<double>().WithLeft(-1), "Left", -1),
        OnImage(new Pad<double>().WithRight(-1), "Right", -1),
        OnImage(new Pad<double>().WithMode((BorderMode)77), "Mode", (BorderMode)77),
        OnImage(new Pad<double>().WithFront(-1), "Front", -1),
        OnImage(new Pad<double>().WithBack(-2), "Back", -2),
        OnImage(new Crop<double>().WithHeight(2).WithWidth(2).WithFront(1), "Front", 1),
        OnImage(new Crop<double>().WithHeight(2).WithWidth(2).WithDepth(2), "Depth", 2),
        OnImage(new Slice<double>().WithRowStep(0), "RowStep", 0),
        OnImage(new Slice<double>().WithColumnStart(Size + 1), "ColumnStart", Size + 1),
        OnImage(new Slice<double>().WithPlaneStop(-2), "PlaneStop", -2),
        OnImage(new Resize<double>().WithHeight(0).WithWidth(4), "Height", 0),
        OnImage(new Resize<double>().WithHeight(4).WithWidth(-4), "Width", -4),
        OnImage(new Resize<double>().WithHeight(4).WithWidth(4).WithInterpolation((Interpolation)9), "Interpolation", (Interpolation)9),
        OnImage(new CropTight<double>().WithEpsilon(-1), "Epsilon", -1.0),
        OnImage(new BilateralBlur<double>().WithSigmaColor(0), "SigmaColor", 0.0),
        OnImage(new BilateralBlur<double>().WithSigmaColor(1).WithSigmaSpace(double.NaN), "SigmaSpace", double.NaN),
        OnImage(new BilateralBlur<double>().WithSigmaColor(1).WithDiameter(0), "Diameter", 0),
        OnImage(new MaxPool<double>().WithRowFactor(0), "RowFactor", 0),
        OnImage(new AveragePool<double>().WithColumnFactor(Size + 1), "ColumnFactor", Size + 1),
        OnImage(new MedianPool<double>().WithPlaneFactor(2), "PlaneFactor", 2),
        OnImage(new Crop<double>().WithTop(-1).WithHeight(4).WithWidth(4), "Top", -1),
        OnImage(new Crop<double>().WithTop(Size).WithHeight(4).WithWidth(4), "Top", Size),
        OnImage(new Crop<double>().WithLeft(-1).WithHeight(4).WithWidth(4), "Left", -1),
        OnImage(new Crop<double>().WithHeight(0).WithWidth(4), "Height", 0),
        OnImage(new Crop<double>().WithTop(8).WithHeight(9).WithWidth(4), "Height", 9),
        OnImage(new Crop<double>().WithHeight(4).WithWidth(Size + 1), "Width", Size + 1),
        OnImage(new CropToMultiplesOf<double>().WithMultiple(0), "Multiple", 0),
        OnImage(new CropToMultiplesOf<double>().WithMultiple(Size + 1), "Multiple", Size + 1),
        OnImage(new CropToMultiplesOf<double>().WithVerticalAlignment(1.5), "VerticalAlignment", 1.5),
        OnImage(new CropToMultiplesOf<double>().WithVerticalAlignment(double.NaN), "VerticalAlignment", double.NaN),
        OnImage(new CropToMultiplesOf<double>().WithHorizontalAlignment(-0.1), "HorizontalAlignment", -0.1),
        OnImage(new Affine<double>().WithScale(0), "Scale", 0.0),
        OnImage(new Affine<double>().WithScale(double.NaN), "Scale", double.NaN),
        OnImage(new Affine<double>().WithScale(double.PositiveInfinity), "Scale", double.PositiveInfinity),
        OnImage(new Affine<double>().WithRotation(double.NaN), "Rotation", double.NaN),
        OnImage(new Affine<double>().WithShear(2), "Shear", 2.0),
        OnImage(new Affine<double>().WithShear(double.NaN), "Shear", double.NaN),
        OnImage(new Affine<double>().WithTranslateRows(double.NaN), "TranslateRows", double.NaN),
        OnImage(new Affine<double>().WithTranslateColumns(double.PositiveInfinity), "TranslateColumns", double.PositiveInfinity),
        OnImage(new Affine<double>().WithInterpolation((Interpolation)9), "Interpolation", (Interpolation)9),
        OnImage(new Affine<double>().WithMode((BorderMode)77), "Mode", (BorderMode)77),
        OnImage(new ElasticTransformation<double>().WithAlpha(-1), "Alpha", -1.0),
        OnImage(new ElasticTransformation<double>().WithAlpha(double.NaN), "Alpha", double.NaN),
        OnImage(new ElasticTransformation<double>().WithSigma(0), "Sigma", 0.0),
        OnImage(new ElasticTransformation<double>().WithSigma(double.PositiveInfinity), "Sigma", double.PositiveInfinity),
        OnImage(new ElasticTransformation<double>().WithInterpolation((Interpolation)9), "Interpolation", (Interpolation)9),

        // Fields and holography.
        OnField(new Propagate().WithDistance(Length.FromMeters(double.NaN)), "Distance", Length.FromMeters(double.NaN)),
        OnField(new Propagate().WithDistance(Length.FromMeters(double.PositiveInfinity)), "Distance", Length.FromMeters(double.PositiveInfinity)),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithWavelength(Length.FromMeters(0)), "Wavelength", Length.FromMeters(0)),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithRefractiveIndexMedium(0), "RefractiveIndexMedium", 0.0),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithRefractiveIndexMedium(double.NaN), "RefractiveIndexMedium", double.NaN),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithPixelSize(Length.FromMeters(0)), "PixelSize", Length.FromMeters(0)),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithPadding(-1), "Padding", -1),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithPadding(1 << 20), "Padding", 1 << 20),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithMode((FieldPadding)9), "Mode", (FieldPadding)9),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithShiftRows(Length.FromMeters(double.NaN)), "ShiftRows", Length.FromMeters(double.NaN)),
        OnField(new Propagate().WithDistance(1.Micrometers()).WithShiftColumns(Length.FromMeters(double.NegativeInfinity)), "ShiftColumns", Length.FromMeters(double.NegativeInfinity)),
        OnField(new RescaleField().WithFactor(double.NaN), "Factor", double.NaN),
        OnField(new RescaleField().WithFactor(double.PositiveInfinity), "Factor", double.PositiveInfinity),
        OnField(new IlluminationGradient().WithRowGradient(double.NaN), "RowGradient", double.NaN),
        OnField(new IlluminationGradient().WithColumnGradient(double.PositiveInfinity), "ColumnGradient", double.PositiveInfinity),
        OnField(new IlluminationGradient().WithConstant(double.NaN), "Constant", double.NaN),
        OnField(new FourierTransformTransformation(), "Forward", null),
        OnField(new FourierTransformTransformation().WithPower(int.MinValue).WithForward(new Image<Complex>(Size, Size)).WithInverse(new Image<Complex>(Size, Size)), "Power", int.MinValue),
        OnPlanes(new FourierTransform().WithPadding(-1), "Padding", -1),
        OnPlanes(new FourierTransform().WithPadding(1 << 20), "Padding", 1 << 20),
        OnPlanes(new FourierTransform().WithMode((FieldPadding)9), "Mode", (FieldPadding)9),
        OnField(new InverseFourierTransform().WithPadding(-1), "Padding", -1),
        OnField(new InverseFourierTransform().WithPadding(Size), "Padding", Size),

        // Structure.
        Structural(new Sequence<NoInput, Image<double>>(Source()).WithLength(-1), "Length", -1),
        Structural(new Reuse<NoInput, Image<double>>(Source()).WithUses(0), "Uses", 0),
        Structural(new Store<NoInput, Image<double>>(Source()).WithStoredSample(-1), "StoredSample", -1L),
        Structural(Feature.OneOf(Source(), Source()).WithIndex(2), "Index", 2),
        Structural(Feature.OneOf(Source(), Source()).WithIndex(-1), "Index", -1),
        OnImage(Feature.Probability(new GaussianBlur<double>(), 1.5), "Chance", 1.5),
        OnImage(Feature.Probability(new GaussianBlur<double>(), double.NaN), "Chance", double.NaN),
        OnImage(new Repeat<Image<double>>(new GaussianBlur<double>()).WithCount(-1), "Count", -1),
    ];

    public static TheoryData<string> Ids() => [.. Rows.Select(r => r.Id)];

    [Fact]
    public void The_table_has_at_least_140_distinct_rows()
    {
        Assert.True(Rows.Length >= 140, $"{Rows.Length} rows");
        Assert.Equal(Rows.Length, Rows.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_bad_value_is_named_with_its_feature_and_property(string id)
    {
        var row = Rows.Single(r => r.Id == id);
        var error = Assert.Throws<PropertyValueException>(() => row.Run());
        Assert.Equal(row.Culprit.Name, error.FeatureName);
        Assert.Equal(row.Property, error.PropertyName);
        Assert.Equal(Format(row.Value), Format(error.Value));
        Assert.StartsWith($"{row.Culprit.Name}.{row.Property} = {Format(row.Value)} is not allowed: ", error.Message);
    }

    /// <summary>Every property guarded by a validation attribute in the library appears in the table with a bad value.</summary>
    [Fact]
    public void Every_attribute_guarded_property_has_a_row()
    {
        var attributes = new[] { typeof(PositiveAttribute), typeof(NonNegativeAttribute), typeof(ProbabilityAttribute), typeof(InRangeAttribute), typeof(WavelengthAttribute), typeof(LessThanAttribute) };
        var guarded = typeof(Feature).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Feature)))
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttributes(true).Any(a => attributes.Contains(a.GetType())))
                .Select(p => (Type: t, p.Name)))
            .ToList();
        Assert.True(guarded.Count >= 40, $"{guarded.Count} guarded properties found");
        var covered = Rows.Select(r => (Declaring: DeclaringType(r.Culprit.GetType(), r.Property), r.Property)).ToHashSet();
        var missing = guarded.Where(g => !covered.Contains((Open(g.Type), g.Name))).Select(g => $"{g.Type.Name}.{g.Name}").ToList();
        Assert.True(missing.Count == 0, "Not in the table: " + string.Join(", ", missing));
    }

    [Fact]
    public void Legal_edge_cases_succeed_with_the_expected_result()
    {
        var image = Bump();
        Assert.Equal(image.AsSpan().ToArray(), Apply(new GaussianBlur<double>().WithSigma(0)).AsSpan().ToArray());
        Assert.Equal(image.AsSpan().ToArray(), Apply(new MedianBlur<double>().WithKernelSize(1)).AsSpan().ToArray());
        Assert.Equal(image.AsSpan().ToArray(), Apply(new Pad<double>()).AsSpan().ToArray());
        Assert.Equal(image.AsSpan().ToArray(), Apply(new Crop<double>().WithHeight(Size).WithWidth(Size)).AsSpan().ToArray());
        Assert.Equal(image.AsSpan().ToArray(), Apply(Feature.Probability(new Background().WithLevel(5), 0)).AsSpan().ToArray());
        Assert.Equal(image.AsSpan().ToArray().Select(v => v + 5), Apply(Feature.Probability(new Background().WithLevel(5), 1)).AsSpan().ToArray());
        Assert.Equal(image.AsSpan().ToArray(), Apply(new Repeat<Image<double>>(new Background().WithLevel(5)).WithCount(0)).AsSpan().ToArray());
        Assert.Equal(image.AsSpan().ToArray().Select(v => Math.Min(Math.Max(v, 0.5), 0.5)), Apply(new Clip<double>().WithMinimum(0.5).WithMaximum(0.5)).AsSpan().ToArray());

        Assert.Equal(image.AsSpan().ToArray(), Apply(new SelectPlane<double>().WithIndex(0)).AsSpan().ToArray());

        // One class: every pixel of an all-zero map is in it.
        Assert.All(Apply(new OneHot<double>().WithClasses(1), new Image<double>(Size, Size)).AsSpan().ToArray(), v => Assert.Equal(1, v));

        // Quantiles at the ends are the minimum and the maximum.
        Assert.Equal(image.AsSpan().ToArray().Min(), (Feature.Constant(image) >> new Quantile<double>().WithProbability(0)).Build().Resolve());
        Assert.Equal(image.AsSpan().ToArray().Max(), (Feature.Constant(image) >> new Quantile<double>().WithProbability(1)).Build().Resolve());

        // A flat image normalises to the lower bound instead of dividing by zero.
        var flat = Apply(new Background().WithLevel(3), new Image<double>(Size, Size));
        Assert.All(Apply(new NormalizeMinMax<double>(), flat).AsSpan().ToArray(), v => Assert.True(double.IsFinite(v)));

        // Poisson noise of an empty image is zero: no photons, no noise.
        Assert.All(Apply(new PoissonNoise().WithSnr(10), new Image<double>(Size, Size)).AsSpan().ToArray(), v => Assert.Equal(0, v));

        // No particles at all, and an aperture just below the medium's index, render.
        var empty = (new PointParticle().WithPosition(new PixelPosition(8, 8)) ^ 0) >> Fluorescence();
        Assert.All(empty.Build().Resolve().AsSpan().ToArray(), v => Assert.Equal(0, v));
        var wide = (new PointParticle().WithPosition(new PixelPosition(8, 8)) >> Fluorescence().WithNA(1.32)).Build().Resolve();
        Assert.True(wide[8, 8] > 0);

        // A propagation by zero distance is the identity.
        var field = Field();
        // (Pixels of 1 µm: every grid frequency propagates, and the evanescent cut removes nothing.)
        var same = (Feature.Constant(field) >> new Propagate().WithDistance(Length.FromMeters(0)).WithPixelSize(1.Micrometers())).Build().Resolve();
        for (int i = 0; i < field.Length; i++)
        {
            Assert.Equal(field.AsSpan()[i].Real, same.AsSpan()[i].Real, 12);
            Assert.Equal(field.AsSpan()[i].Imaginary, same.AsSpan()[i].Imaginary, 12);
        }
    }

    private static Image<double> Apply(Feature<Image<double>, Image<double>> feature, Image<double>? input = null)
        => (Feature.Constant(input ?? Bump()) >> feature).Build().Resolve();

    private static string Format(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static Type Open(Type type) => type.IsGenericType ? type.GetGenericTypeDefinition() : type;

    private static Type DeclaringType(Type type, string property)
        => Open(type.GetProperty(property, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)?.DeclaringType ?? type);

    private static Image<double> Bump()
    {
        var image = new Image<double>(Size, Size);
        var pixels = image.AsWritableSpan();
        for (int r = 0; r < Size; r++)
        {
            for (int c = 0; c < Size; c++)
            {
                pixels[r * Size + c] = 1 + Math.Exp(-((r - 8.0) * (r - 8.0) + (c - 7.0) * (c - 7.0)) / 8);
            }
        }

        return image;
    }

    private static Image<Complex> Field()
    {
        var field = new Image<Complex>(Size, Size);
        var pixels = field.AsWritableSpan();
        var bump = Bump().AsSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = Complex.FromPolarCoordinates(1, 0.3 * bump[i]);
        }

        return field;
    }

    private static Value<Image<double>> Source() => Feature.Constant(Bump());

    private static Fluorescence Fluorescence() => new Fluorescence().WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4);

    private static readonly PixelPosition Center = new(8, 8);

    private static Row Scatterer(global::DeepTrack.Fluent.Physics.Scatterer culprit, string property, object? value)
        => new(culprit, property, value, () => (culprit >> Fluorescence()).Build().Resolve());

    private static Row Crowd(Func<NonOverlapping<IReadOnlyList<SampleObject>>, NonOverlapping<IReadOnlyList<SampleObject>>> bad, string property, object? value)
    {
        var culprit = bad((new PointParticle().WithPosition(Distribution.UniformPosition(0, 16, 0, 16)) ^ 3).NonOverlapping());
        return new Row(culprit, property, value, () => (culprit >> Fluorescence()).Build().Resolve());
    }

    private static Row Mie(MieScatterer scatterer, string property, object? value)
    {
        var culprit = scatterer.WithPosition(new PixelPosition(8, 8));
        return new Row(culprit, property, value, () => (culprit >> new Brightfield().WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4)).Build().Resolve());
    }

    private static Row[] Optics(Func<Fluorescence, Fluorescence> bad, string property, object? value)
        => BrightfieldWith(property, value) is { } brightfield
            ? [Render(bad(Fluorescence()), property, value), Render(brightfield, property, value)]
            : [Render(bad(Fluorescence()), property, value)];

    /// <summary>The same bad optics value on a coherent microscope (where the setter takes the same value).</summary>
    private static Brightfield? BrightfieldWith(string property, object? value)
    {
        var b = new Brightfield().WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4);
        return (property, value) switch
        {
            ("NA", double v) => b.WithNA(v),
            ("Wavelength", Length v) => b.WithWavelength(v),
            ("Magnification", double v) => b.WithMagnification(v),
            ("Upscale", int v) => b.WithUpscale(v),
            _ => null,
        };
    }

    private static Row Render(Optics optics, string property, object? value)
        => new(optics, property, value, () => (new Sphere().WithRadius(0.5.Micrometers()).WithPosition(new PixelPosition(8, 8)) >> optics).Build().Resolve());

    private static Row Pupil(Feature<PupilFunction, PupilFunction> pupil, string property, object? value)
        => new(pupil, property, value, () => (new PointParticle().WithPosition(new PixelPosition(8, 8)) >> Fluorescence().WithPupil(pupil)).Build().Resolve());

    private static Row Label(Feature<IReadOnlyList<SampleObject>, Image<double>> label, string property, object? value)
        => new(label, property, value, () => (new PointParticle().WithPosition(new PixelPosition(8, 8)) >> label).Build().Resolve());

    private static Row OnImage<TOut>(Feature<Image<double>, TOut> feature, string property, object? value)
        => new(feature, property, value, () => (Feature.Constant(Bump()) >> feature).Build().Resolve());

    private static Row OnTissue(TemRendering feature, string property, object? value)
        => new(feature, property, value, () => (new CellTiling().WithHeight(Size).WithWidth(Size) >> feature).Build().Resolve());

    private static Row OnField<TOut>(Feature<Image<Complex>, TOut> feature, string property, object? value)
        => new(feature, property, value, () => (Feature.Constant(Field()) >> feature).Build().Resolve());

    private static Row OnList(Feature<IReadOnlyList<Image<double>>, Image<double>> feature, string property, object? value)
        => new(feature, property, value, () => (Feature.Constant<IReadOnlyList<Image<double>>>([Bump(), Bump()]) >> feature).Build().Resolve());

    private static Row OnPlanes<TOut>(Feature<Image<double>, TOut> feature, string property, object? value)
        => new(feature, property, value, () => (Feature.Constant(new Image<double>(Size, Size, 2)) >> feature).Build().Resolve());

    private static Row Structural<TOut>(Feature<NoInput, TOut> feature, string property, object? value)
        => new(feature, property, value, () => feature.Build().Resolve());
}
