using System;
using System.Collections.Generic;
using System.IO;

namespace NewsletterLinter.Cli.Output
{
    /// <summary>The unified diff of two texts, line by line (Myers' algorithm), as <c>git apply</c> and <c>patch -p1</c> read it.</summary>
    internal static class UnifiedDiff
    {
        private const int Context = 3;

        public static void Write(TextWriter output, string path, string before, string after)
        {
            string[] a = SplitLines(before);
            string[] b = SplitLines(after);
            List<(char Kind, int A, int B)> script = Script(a, b);
            output.Write($"--- a/{path}\n+++ b/{path}\n");
            int i = 0;
            while (i < script.Count)
            {
                if (script[i].Kind == ' ')
                {
                    i++;
                    continue;
                }

                // A hunk: this change and every change within 2 * Context lines of it, with context around.
                int start = Math.Max(0, i - Context);
                int end = i;
                int lastChange = i;
                while (end < script.Count && (script[end].Kind != ' ' || end - lastChange <= 2 * Context))
                {
                    if (script[end].Kind != ' ')
                    {
                        lastChange = end;
                    }

                    end++;
                }

                end = Math.Min(script.Count, lastChange + Context + 1);
                int aStart = script[start].A, bStart = script[start].B, aCount = 0, bCount = 0;
                for (int k = start; k < end; k++)
                {
                    aCount += script[k].Kind != '+' ? 1 : 0;
                    bCount += script[k].Kind != '-' ? 1 : 0;
                }

                output.Write($"@@ -{aStart + (aCount > 0 ? 1 : 0)},{aCount} +{bStart + (bCount > 0 ? 1 : 0)},{bCount} @@\n");
                for (int k = start; k < end; k++)
                {
                    (char kind, int ai, int bi) = script[k];
                    output.Write(kind);
                    output.Write(kind == '+' ? b[bi] : a[ai]);
                    output.Write('\n');
                    bool lastOfA = kind != '+' && ai == a.Length - 1 && !before.EndsWith("\n", StringComparison.Ordinal);
                    bool lastOfB = kind != '-' && bi == b.Length - 1 && !after.EndsWith("\n", StringComparison.Ordinal);
                    if (lastOfA || lastOfB)
                    {
                        output.Write("\\ No newline at end of file\n");
                    }
                }

                i = end;
            }
        }

        private static string[] SplitLines(string text)
        {
            if (text.Length == 0)
            {
                return Array.Empty<string>();
            }

            string[] lines = text.Split('\n');
            if (text.EndsWith("\n", StringComparison.Ordinal))
            {
                Array.Resize(ref lines, lines.Length - 1);
            }

            return lines;
        }

        /// <summary>The edit script: ' ' keep, '-' delete from a, '+' insert from b, with the index in a and b at each step.</summary>
        private static List<(char Kind, int A, int B)> Script(string[] a, string[] b)
        {
            // Common prefix and suffix first: fixes touch few lines, so Myers runs on a small middle.
            int prefix = 0;
            while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            {
                prefix++;
            }

            int suffix = 0;
            while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
            {
                suffix++;
            }

            var script = new List<(char, int, int)>();
            for (int k = 0; k < prefix; k++)
            {
                script.Add((' ', k, k));
            }

            Middle(a, prefix, a.Length - suffix, b, prefix, b.Length - suffix, script);
            for (int k = 0; k < suffix; k++)
            {
                script.Add((' ', a.Length - suffix + k, b.Length - suffix + k));
            }

            return script;
        }

        private static void Middle(string[] a, int a0, int a1, string[] b, int b0, int b1, List<(char, int, int)> script)
        {
            int n = a1 - a0, m = b1 - b0, max = n + m;
            var trace = new List<int[]>();
            var v = new int[2 * max + 2];
            int found = -1;
            for (int d = 0; d <= max && found < 0; d++)
            {
                trace.Add((int[])v.Clone());
                for (int k = -d; k <= d; k += 2)
                {
                    int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[a0 + x] == b[b0 + y])
                    {
                        x++;
                        y++;
                    }

                    v[max + k] = x;
                    if (x >= n && y >= m)
                    {
                        found = d;
                        break;
                    }
                }
            }

            // Walk the trace back from the end to the start, then reverse.
            var steps = new List<(char, int, int)>();
            int cx = n, cy = m;
            for (int d = found; d > 0; d--)
            {
                int[] vd = trace[d];
                int k = cx - cy;
                int prevK = k == -d || (k != d && vd[max + k - 1] < vd[max + k + 1]) ? k + 1 : k - 1;
                int prevX = vd[max + prevK];
                int prevY = prevX - prevK;
                while (cx > prevX && cy > prevY)
                {
                    cx--;
                    cy--;
                    steps.Add((' ', a0 + cx, b0 + cy));
                }

                if (cx == prevX)
                {
                    cy--;
                    steps.Add(('+', a0 + cx, b0 + cy));
                }
                else
                {
                    cx--;
                    steps.Add(('-', a0 + cx, b0 + cy));
                }
            }

            while (cx > 0 && cy > 0)
            {
                cx--;
                cy--;
                steps.Add((' ', a0 + cx, b0 + cy));
            }

            steps.Reverse();
            script.AddRange(steps);
        }
    }
}
