using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace NewsletterLinter.Parsing.Model
{
    /// <summary>
    /// An immutable array with value equality, so that models holding lists compare by content.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        /// <summary>The empty array.</summary>
        public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

        private readonly T[]? _items;

        /// <summary>Wraps <paramref name="items"/>; the caller gives up ownership of the array.</summary>
        public EquatableArray(T[] items) => _items = items;

        /// <summary>Copies <paramref name="items"/>.</summary>
        public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

        /// <inheritdoc/>
        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        /// <inheritdoc/>
        public int Count => _items?.Length ?? 0;

        /// <summary>Whether the array has no items.</summary>
        public bool IsEmpty => Count == 0;

        /// <summary>The items as a span-friendly array view.</summary>
        public ReadOnlySpan<T> AsSpan() => _items;

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            if (_items is null)
            {
                return 0;
            }

            unchecked
            {
                int hash = 17;
                foreach (T item in _items)
                {
                    hash = (hash * 31) + (item is null ? 0 : item.GetHashCode());
                }

                return hash;
            }
        }

        /// <summary>Value equality.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Helpers to build <see cref="EquatableArray{T}"/> values.</summary>
    internal static class EquatableArray
    {
        /// <summary>Copies a sequence into an <see cref="EquatableArray{T}"/>.</summary>
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new(items);

        /// <summary>Builds an <see cref="EquatableArray{T}"/> from items.</summary>
        public static EquatableArray<T> Create<T>(params T[] items)
            where T : IEquatable<T> => new(items);
    }
}
