using System;
using System.Collections.Generic;
using NewsletterLinter.Parsing.FastPaths;

namespace NewsletterLinter.Parsing.Model
{
    /// <summary>
    /// The text of a summary or an opinion as the parser leaves it: the ranges of the paragraphs'
    /// plain texts it is made of, joined (a blank line between paragraphs) on first read, once. A
    /// reader that never asks for the text, as <c>lint</c> mostly does not, never pays for a second
    /// copy of it; one that does gets the same string every time. Equal by the text it stands for.
    /// </summary>
    internal sealed class DeferredText : IEquatable<DeferredText>
    {
        /// <summary>No text.</summary>
        public static readonly DeferredText Empty = new(string.Empty);

        // The first piece is kept in fields (most texts are one paragraph); the others in an array.
        private readonly string? _first;
        private readonly int _firstStart;
        private readonly int _firstLength;
        private readonly (string Text, int Start, int Length)[]? _rest;
        private string? _value;

        private DeferredText(string value)
        {
            _value = value;
            Length = value.Length;
        }

        private DeferredText((string Text, int Start, int Length) first, List<(string Text, int Start, int Length)>? rest)
        {
            (_first, _firstStart, _firstLength) = first;
            int length = _firstLength;
            if (rest is { Count: > 0 })
            {
                _rest = rest.ToArray();
                foreach ((_, _, int restLength) in _rest)
                {
                    length += 2 + restLength;
                }
            }

            Length = length;
        }

        /// <summary>The length of the text, known without joining it.</summary>
        public int Length { get; }

        /// <summary>The text itself: joined on the first read.</summary>
        public string Value => _value ??= Join();

        /// <summary>A text that is already a string.</summary>
        public static DeferredText Of(string? value) => string.IsNullOrEmpty(value) ? Empty : new DeferredText(value!);

        /// <summary>
        /// The paragraph ranges <paramref name="first"/> and <paramref name="rest"/>, joined with a
        /// blank line; each is a range of a string that is never changed. One whole string is taken as
        /// it is.
        /// </summary>
        public static DeferredText Join((string Text, int Start, int Length) first, List<(string Text, int Start, int Length)>? rest)
        {
            if (rest is not { Count: > 0 } && first.Start == 0 && first.Length == first.Text.Length)
            {
                return Of(first.Text);
            }

            return new DeferredText(first, rest);
        }

        /// <summary>Whether the text starts with <paramref name="prefix"/>, read from its first paragraph when it can be.</summary>
        public bool StartsWith(string prefix, StringComparison comparison)
        {
            if (_value is null && prefix.Length <= _firstLength)
            {
                return string.Compare(_first, _firstStart, prefix, 0, prefix.Length, comparison) == 0;
            }

            return Value.StartsWith(prefix, comparison);
        }

        /// <summary>
        /// Whether <paramref name="needle"/> occurs in the text, ignoring case, searched paragraph by
        /// paragraph while the text is not joined: a needle without a line break cannot straddle the
        /// blank line between two paragraphs.
        /// </summary>
        public bool ContainsIgnoreCase(string needle)
        {
            if (_value is not null || needle.IndexOf('\n') >= 0)
            {
                return Value.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0;
            }

            if (Length == 0)
            {
                return needle.Length == 0;
            }

            if (_first!.IndexOf(needle, _firstStart, _firstLength, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }

            foreach ((string text, int start, int length) in _rest ?? Array.Empty<(string, int, int)>())
            {
                if (text.IndexOf(needle, start, length, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the text is empty or white space only (the parser's paragraphs are trimmed and never blank).</summary>
        public bool IsBlank => _value is null ? Length == 0 : string.IsNullOrWhiteSpace(_value);

        /// <inheritdoc/>
        public bool Equals(DeferredText? other)
            => other is not null && (ReferenceEquals(this, other) || (Length == other.Length && string.Equals(Value, other.Value, StringComparison.Ordinal)));

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as DeferredText);

        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc/>
        public override string ToString() => Value;

        private string Join()
        {
            // Written in place: one allocation, no builder copy.
            string joined = StringWriting.Allocate(Length);
            StringWriting.Copy(_first!, _firstStart, _firstLength, joined, 0);
            int at = _firstLength;
            foreach ((string text, int start, int length) in _rest ?? Array.Empty<(string, int, int)>())
            {
                StringWriting.Fill(joined, at, at + 2, '\n');
                StringWriting.Copy(text, start, length, joined, at + 2);
                at += 2 + length;
            }

            return joined;
        }
    }
}
