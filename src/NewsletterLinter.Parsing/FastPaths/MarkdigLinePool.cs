using System;
using System.Reflection;
using Markdig.Helpers;
using Markdig.Syntax;

namespace NewsletterLinter.Parsing.FastPaths
{
    /// <summary>
    /// Gives a paragraph's lines back to Markdig's pool once the flatten stage has read them, as
    /// Markdig's own inline stage does for every block it reads. What it buys: a paragraph that skips
    /// that stage (<see cref="SimpleInlines"/>) would otherwise never return its lines, and every
    /// paragraph would allocate new ones (2.2 MB more per parse of the real archive). What it assumes:
    /// Markdig's internal <c>StringLineGroup.Release()</c>, reached by reflection; without it (a
    /// Markdig version that has none) the lines are left to the collector, and
    /// <c>MarkdigLinePoolTests</c> fails so that the loss is seen.
    /// </summary>
    internal static class MarkdigLinePool
    {
        private delegate void ReleaseLinesMethod(ref StringLineGroup lines);

        private static readonly ReleaseLinesMethod? LinesRelease =
            typeof(StringLineGroup).GetMethod("Release", BindingFlags.Instance | BindingFlags.NonPublic, null, Type.EmptyTypes, null) is { ReturnType: var returned } method && returned == typeof(void)
                ? (ReleaseLinesMethod?)Delegate.CreateDelegate(typeof(ReleaseLinesMethod), method, throwOnBindFailure: false)
                : null;

        /// <summary>Whether Markdig's method was found: false only with a Markdig that no longer has it.</summary>
        public static bool IsAvailable => LinesRelease is not null;

        /// <summary>Gives <paramref name="block"/>'s lines back; the block holds no lines after it.</summary>
        public static void Release(LeafBlock block)
        {
            if (LinesRelease is { } release && block.Lines.Lines is not null)
            {
                release(ref block.Lines);
            }
        }
    }
}
