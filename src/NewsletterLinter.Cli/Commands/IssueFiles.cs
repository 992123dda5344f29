using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>One input file, decoded as the build decodes it: by its byte order mark, else as strict UTF-8.</summary>
    /// <param name="Path">The path as given.</param>
    /// <param name="DisplayPath">The path with <c>/</c>, as findings name it.</param>
    /// <param name="Text">The text, or null when the file cannot be read or decoded.</param>
    /// <param name="Error">Why the file cannot be read.</param>
    /// <param name="Encoding">The encoding it was read in (and is written back in).</param>
    /// <param name="HasByteOrderMark">Whether it starts with a byte order mark.</param>
    internal sealed record IssueFile(string Path, string DisplayPath, string? Text, string? Error, Encoding? Encoding = null, bool HasByteOrderMark = false);

    /// <summary>Expands the command line's files and folders into issue files, reads them and writes them back.</summary>
    internal static class IssueFiles
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Files as given, and every <c>*.md</c> and <c>*.markdown</c> under folders (bin, obj and hidden folders excluded), in ordinal order.</summary>
        public static List<string> Expand(IEnumerable<string> inputs, out List<string> missing)
        {
            var files = new List<string>();
            missing = new List<string>();
            foreach (string input in inputs)
            {
                if (File.Exists(input))
                {
                    files.Add(input);
                }
                else if (Directory.Exists(input))
                {
                    files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                        .Where(IsIssueFile)
                        .Where(f => !IsBuildOutput(System.IO.Path.GetRelativePath(input, f)))
                        .OrderBy(f => f, StringComparer.Ordinal));
                }
                else
                {
                    missing.Add(input);
                }
            }

            return files.Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>A file whose text is not needed: its paths and an empty text.</summary>
        public static IssueFile Unread(string path) => new(path, DisplayPath(path), string.Empty, null);

        /// <summary>The path as findings name it: with <c>/</c>.</summary>
        internal static string DisplayPath(string path) => path.Replace('\\', '/');

        /// <summary>Reads a file; a file that cannot be read or decoded becomes an error, not an exception.</summary>
        public static IssueFile Read(string path)
        {
            string display = DisplayPath(path);
            try
            {
                // The bytes go through a pooled buffer: only the decoded text is allocated per file.
                using SafeFileHandle handle = File.OpenHandle(path);
                long size = RandomAccess.GetLength(handle);
                if (size > int.MaxValue)
                {
                    return new IssueFile(path, display, null, $"The file cannot be read: it is {size:N0} bytes long.");
                }

                byte[] buffer = ArrayPool<byte>.Shared.Rent((int)size);
                try
                {
                    int length = 0;
                    while (length < buffer.Length)
                    {
                        int read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                        if (read == 0)
                        {
                            break;
                        }

                        length += read;
                    }

                    (Encoding encoding, int bom) = Detect(buffer, length);
                    string text = encoding.GetString(buffer, bom, length - bom);
                    return new IssueFile(path, display, text, null, encoding, bom > 0);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
            catch (DecoderFallbackException)
            {
                return new IssueFile(path, display, null, "The file is not valid UTF-8 (nor UTF-16 or UTF-32 with a byte order mark).");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new IssueFile(path, display, null, "The file cannot be read: " + exception.Message);
            }
        }

        /// <summary>The encoding a byte order mark names, and its length; strict UTF-8 and 0 without one.</summary>
        internal static (Encoding Encoding, int BomLength) Detect(byte[] bytes) => Detect(bytes, bytes.Length);

        /// <summary>As <see cref="Detect(byte[])"/>, for the first <paramref name="length"/> bytes.</summary>
        private static (Encoding Encoding, int BomLength) Detect(byte[] bytes, int length)
        {
            if (StartsWith(bytes, length, 0xFF, 0xFE, 0x00, 0x00))
            {
                return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
            }

            if (StartsWith(bytes, length, 0x00, 0x00, 0xFE, 0xFF))
            {
                return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
            }

            if (StartsWith(bytes, length, 0xEF, 0xBB, 0xBF))
            {
                return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), 3);
            }

            if (StartsWith(bytes, length, 0xFF, 0xFE))
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2);
            }

            if (StartsWith(bytes, length, 0xFE, 0xFF))
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2);
            }

            return (StrictUtf8, 0);
        }

        private static bool StartsWith(byte[] bytes, int length, params byte[] prefix)
        {
            if (length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (bytes[i] != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Replaces the file's text atomically: the new bytes (in the file's own encoding, with its
        /// byte order mark if it had one) go to a temporary file beside it, which then replaces it.
        /// The file's permissions are kept. Returns an error message, or null when written.
        /// </summary>
        public static string? Write(IssueFile file, string text)
        {
            string path = System.IO.Path.GetFullPath(file.Path);
            string directory = System.IO.Path.GetDirectoryName(path)!;
            string temporary = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                if (!File.Exists(path))
                {
                    return $"{file.DisplayPath}: the file vanished before it could be written; nothing was written.";
                }

                // The file itself must be writable (read-only, immutable or locked files stay as they are),
                // although the replace below only needs the folder to be.
                using (new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                {
                }

                Encoding encoding = file.Encoding ?? StrictUtf8;
                byte[] preamble = file.HasByteOrderMark ? encoding.GetPreamble() : Array.Empty<byte>();
                byte[] body = encoding.GetBytes(text);
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(preamble, 0, preamble.Length);
                    stream.Write(body, 0, body.Length);
                    stream.Flush(flushToDisk: true);
                }

                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
                }

                File.Move(temporary, path, overwrite: true);
                return null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EncoderFallbackException)
            {
                return $"{file.DisplayPath}: the file cannot be written ({exception.Message}); it was left as it was.";
            }
            finally
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The temporary file is gone or was never made.
                }
            }
        }

        private static bool IsIssueFile(string path)
        {
            string extension = Path.GetExtension(path);
            return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsBuildOutput(string relative)
        {
            string[] parts = relative.Replace('\\', '/').Split('/');
            return parts.Take(parts.Length - 1).Any(p => p.Equals("bin", StringComparison.OrdinalIgnoreCase) || p.Equals("obj", StringComparison.OrdinalIgnoreCase) || p.StartsWith('.'));
        }
    }
}
