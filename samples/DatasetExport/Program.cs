using System;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Cli;
using DeepTrack.Fluent.Datasets.Layout;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

// "spots": one to three fluorescent point particles on a 64×64 camera, with background and shot noise.
var particle = new PointParticle()
    .WithPosition(Distribution.UniformPosition(8, 56, 8, 56))
    .WithIntensity(Distribution.Uniform(50, 150));
var microscope = new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers()).WithOutputRegion(PixelRegion.Square(64));
var spots = (particle ^ Distribution.UniformInt(1, 4))
    >> microscope
    >> new Background().WithLevel(5)
    >> new PoissonNoise().WithSnr(Distribution.Uniform(5, 30)).WithBackground(5);

// "cells": the paper's Fig. 6 — five ellipses imaged in fluorescence, and their segmentation mask from the same draw.
var ellipse = new Ellipse()
    .WithPosition(Distribution.UniformPosition(10, 54, 10, 54))
    .WithRadius(Distribution.Uniform(0.3, 0.6).Select(r => r.Micrometers()))
    .WithSecondRadius(Distribution.Uniform(0.15, 0.3).Select(r => (Length?)r.Micrometers()))
    .WithRotation(Distribution.Uniform(0, Math.PI).Select(a => a.Radians()))
    .WithIntensity(50);
var optics = new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers()).WithOutputRegion(PixelRegion.Square(64));
var sample = ellipse ^ 5;
var image = sample >> optics >> new Background().WithLevel(5) >> new PoissonNoise().WithSnr(20).WithBackground(5);
var mask = sample >> new SegmentationMask().WithOutputRegion(PixelRegion.Square(64)).WithPixelSize(optics.PixelSize);
var cells = SampleLayout.For<(Image<double> Image, Image<double> Mask)>()
    .Image("image", pair => pair.Image)
    .Image("mask", pair => pair.Mask);

// Every verb of the host: list, preview, export, stats; `--help` on each.
return DeepTrackApp.Run(args, app => app
    .Pipeline("spots", spots.Build(seed: 2026), description: "1–3 fluorescent point particles, 64×64, background and shot noise")
    .Pipeline("cells", (image & mask).Build(seed: 6), cells, "five ellipses and their segmentation mask (the paper's Fig. 6)"));
