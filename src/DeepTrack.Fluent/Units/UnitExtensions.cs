namespace DeepTrack.Fluent;

/// <summary>Unit helpers on numbers: <c>633.Nanometers()</c>, <c>1.5.Micrometers()</c>, <c>30.Degrees()</c>.</summary>
public static class UnitExtensions
{
    extension(double value)
    {
        /// <summary>This many metres.</summary>
        /// <returns>The length.</returns>
        public Length Meters() => Length.FromMeters(value);

        /// <summary>This many millimetres.</summary>
        /// <returns>The length.</returns>
        public Length Millimeters() => Length.FromMeters(value * 1e-3);

        /// <summary>This many micrometres.</summary>
        /// <returns>The length.</returns>
        public Length Micrometers() => Length.FromMicrometers(value);

        /// <summary>This many nanometres.</summary>
        /// <returns>The length.</returns>
        public Length Nanometers() => Length.FromNanometers(value);

        /// <summary>This many degrees.</summary>
        /// <returns>The angle.</returns>
        public Angle Degrees() => Angle.FromDegrees(value);

        /// <summary>This many radians.</summary>
        /// <returns>The angle.</returns>
        public Angle Radians() => new(value);
    }

    extension(int value)
    {
        /// <summary>This many metres.</summary>
        /// <returns>The length.</returns>
        public Length Meters() => Length.FromMeters(value);

        /// <summary>This many millimetres.</summary>
        /// <returns>The length.</returns>
        public Length Millimeters() => Length.FromMeters(value * 1e-3);

        /// <summary>This many micrometres.</summary>
        /// <returns>The length.</returns>
        public Length Micrometers() => Length.FromMicrometers(value);

        /// <summary>This many nanometres.</summary>
        /// <returns>The length.</returns>
        public Length Nanometers() => Length.FromNanometers(value);

        /// <summary>This many degrees.</summary>
        /// <returns>The angle.</returns>
        public Angle Degrees() => Angle.FromDegrees(value);

        /// <summary>This many radians.</summary>
        /// <returns>The angle.</returns>
        public Angle Radians() => new(value);
    }
}
