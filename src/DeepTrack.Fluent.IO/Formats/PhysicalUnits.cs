using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>The length and time units that ImageJ and OME headers use, in metres and seconds.</summary>
internal static class PhysicalUnits
{
    private static readonly Dictionary<string, double> Lengths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m"] = 1, ["meter"] = 1, ["meters"] = 1, ["metre"] = 1,
        ["cm"] = 1e-2, ["centimeter"] = 1e-2,
        ["mm"] = 1e-3, ["millimeter"] = 1e-3,
        ["µm"] = 1e-6, ["μm"] = 1e-6, ["um"] = 1e-6, ["micron"] = 1e-6, ["microns"] = 1e-6, ["micrometer"] = 1e-6,
        ["nm"] = 1e-9, ["nanometer"] = 1e-9,
        ["pm"] = 1e-12,
        ["Å"] = 1e-10, ["angstrom"] = 1e-10,
        ["inch"] = 0.0254, ["in"] = 0.0254,
    };

    private static readonly Dictionary<string, double> Times = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = 1, ["sec"] = 1, ["second"] = 1, ["seconds"] = 1,
        ["ms"] = 1e-3, ["msec"] = 1e-3,
        ["µs"] = 1e-6, ["μs"] = 1e-6, ["us"] = 1e-6,
        ["ns"] = 1e-9,
        ["min"] = 60, ["minute"] = 60, ["minutes"] = 60,
        ["h"] = 3600, ["hr"] = 3600, ["hour"] = 3600, ["hours"] = 3600,
    };

    /// <summary>Metres per unit, or null for an unknown unit (including ImageJ's uncalibrated "pixel").</summary>
    public static double? MetersPer(string unit) => Lengths.TryGetValue(unit.Trim(), out double meters) ? meters : null;

    /// <summary>Seconds per unit, or null for an unknown unit.</summary>
    public static double? SecondsPer(string unit) => Times.TryGetValue(unit.Trim(), out double seconds) ? seconds : null;
}
