// Hashed word tables looked up by std::string_view without a copy.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace claimlint {

/// A hash for words and short phrases: eight bytes at a time, then one
/// multiply-xorshift finish (the splitmix64 finalizer). Words are probed for
/// nearly every word of a text, so the hash must be cheap for short keys.
inline std::uint64_t word_hash(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xff51afd7ed558ccdULL);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  // The last n < 8 bytes, byte k at bits 8k: two loads that may overlap
  // (a byte read twice lands at the same place both times).
  static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
  std::uint64_t tail = 0;
  if (n >= 4) {
    std::uint32_t front;
    std::uint32_t back;
    std::memcpy(&front, p, 4);
    std::memcpy(&back, p + n - 4, 4);
    tail = front | static_cast<std::uint64_t>(back) << (8 * (n - 4));
  } else if (n > 0) {
    const auto byte = [p](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k); };
    tail = byte(0) | byte(n / 2) | byte(n - 1);
  }
  h = (h ^ tail) * 0x94d049bb133111ebULL;
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 32;
  return h;
}

/// A transparent hash functor over word_hash(), for tables of our own.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(word_hash(s)); }
};

namespace detail {

inline const std::string& key_of(const std::string& s) { return s; }
template <typename T>
const std::string& key_of(const std::pair<const std::string, T>& p) {
  return p.first;
}

/// An open-addressing table of words: entries in insertion order (a deque,
/// so references stay valid as it grows, as with std::unordered_map), and a
/// power-of-two slot array at most half full, each slot holding part of the
/// key's hash and the entry's index. A probe costs one hash, usually one
/// slot read and one string compare; iteration is in insertion order, so
/// anything built by walking a table is deterministic.
template <typename Entry>
struct MappedType {
  using type = typename Entry::second_type;
};
template <>
struct MappedType<std::string> {
  using type = std::string;
};

template <typename Entry>
class FlatWordTable {
  static constexpr bool k_is_set = std::is_same_v<Entry, std::string>;

 public:
  using key_type = std::string;
  using mapped_type = typename MappedType<Entry>::type;  // sets: the key
  using value_type = Entry;
  using const_iterator = typename std::deque<Entry>::const_iterator;
  using iterator = std::conditional_t<k_is_set, const_iterator, typename std::deque<Entry>::iterator>;

  FlatWordTable() = default;
  FlatWordTable(std::initializer_list<Entry> entries) { insert(entries.begin(), entries.end()); }
  FlatWordTable(const FlatWordTable& other) : entries_(other.entries_), slots_(other.slots_) {}
  FlatWordTable(FlatWordTable&&) noexcept = default;
  FlatWordTable& operator=(const FlatWordTable& other) {
    // Entries with a const key cannot be assigned in place: copy, then swap.
    FlatWordTable copy(other);
    swap(copy);
    return *this;
  }
  FlatWordTable& operator=(FlatWordTable&& other) noexcept {
    swap(other);
    return *this;
  }
  void swap(FlatWordTable& other) noexcept {
    entries_.swap(other.entries_);
    slots_.swap(other.slots_);
  }

  /// Equal when both hold the same keys (with equal values), in any order.
  friend bool operator==(const FlatWordTable& a, const FlatWordTable& b) {
    if (a.size() != b.size()) return false;
    for (const Entry& e : a.entries_) {
      const std::size_t i = b.index_of(key_of(e));
      if (i == k_none || !(b.entries_[i] == e)) return false;
    }
    return true;
  }

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() {
    entries_.clear();
    slots_.clear();
  }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }

  const_iterator find(std::string_view key) const {
    const std::size_t i = index_of(key);
    return i == k_none ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  iterator find(std::string_view key) {
    const std::size_t i = index_of(key);
    return i == k_none ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  bool contains(std::string_view key) const { return index_of(key) != k_none; }
  std::size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }

  /// Inserts `entry` unless its key is present; the entry with the key and
  /// whether it was inserted.
  std::pair<iterator, bool> insert(Entry entry) {
    const std::string& key = key_of(entry);
    const std::uint64_t h = word_hash(key);
    const std::size_t slot = probe(key, h);
    if (slots_[slot] != 0) return {at_index(slot_index(slots_[slot])), false};
    entries_.push_back(std::move(entry));
    return {place(slot, h), true};
  }
  template <typename It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(Entry(*first));
  }
  template <typename... Args>
  std::pair<iterator, bool> emplace(Args&&... args) {
    return insert(Entry(std::forward<Args>(args)...));
  }
  /// Inserts the key with a value built from `args` unless it is present.
  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    const std::uint64_t h = word_hash(key);
    const std::size_t slot = probe(key, h);
    if (slots_[slot] != 0) return {at_index(slot_index(slots_[slot])), false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    return {place(slot, h), true};
  }
  /// Sets the value of `key`, inserting it if absent (maps only).
  template <typename V>
  std::pair<iterator, bool> insert_or_assign(std::string_view key, V&& value) {
    auto [it, inserted] = try_emplace(key, std::forward<V>(value));
    if (!inserted) it->second = std::forward<V>(value);
    return {it, inserted};
  }
  /// The value of `key`; throws std::out_of_range if absent (maps only).
  template <typename E = Entry, typename = std::enable_if_t<!std::is_same_v<E, std::string>>>
  const auto& at(std::string_view key) const {
    const std::size_t i = index_of(key);
    if (i == k_none) throw std::out_of_range("word table: no such key");
    return entries_[i].second;
  }
  /// The value of `key`, inserted default-constructed if absent (maps only).
  template <typename E = Entry, typename = std::enable_if_t<!std::is_same_v<E, std::string>>>
  auto& operator[](std::string_view key) {
    return try_emplace(key).first->second;
  }

 private:
  static constexpr std::size_t k_none = static_cast<std::size_t>(-1);
  // A slot: the high 32 bits of the hash, then the entry's index plus one
  // in the low 32 bits; 0 is an empty slot.
  static std::uint32_t slot_index(std::uint64_t slot) { return static_cast<std::uint32_t>(slot) - 1; }
  static std::uint64_t slot_tag(std::uint64_t h) { return h & 0xFFFFFFFF00000000ULL; }

  iterator at_index(std::size_t i) { return entries_.begin() + static_cast<std::ptrdiff_t>(i); }

  std::size_t index_of(std::string_view key) const {
    if (slots_.empty()) return k_none;
    const std::uint64_t h = word_hash(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t s = slots_[i];
      if (s == 0) return k_none;
      if (slot_tag(s) == slot_tag(h)) {
        const std::uint32_t idx = slot_index(s);
        if (key_of(entries_[idx]) == key) return idx;
      }
    }
  }

  // The slot holding `key`, or the empty slot where it would go; grows the
  // table first so that one more entry keeps it at most half full.
  std::size_t probe(std::string_view key, std::uint64_t h) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t s = slots_[i];
      if (s == 0 || (slot_tag(s) == slot_tag(h) && key_of(entries_[slot_index(s)]) == key)) return i;
    }
  }

  // Records the entry just appended in `slot`.
  iterator place(std::size_t slot, std::uint64_t h) {
    slots_[slot] = slot_tag(h) | static_cast<std::uint32_t>(entries_.size());
    return at_index(entries_.size() - 1);
  }

  void grow() {
    std::vector<std::uint64_t> next(slots_.empty() ? 16 : 2 * slots_.size(), 0);
    const std::size_t mask = next.size() - 1;
    for (std::size_t idx = 0; idx < entries_.size(); ++idx) {
      const std::uint64_t h = word_hash(key_of(entries_[idx]));
      std::size_t i = h & mask;
      while (next[i] != 0) i = (i + 1) & mask;
      next[i] = slot_tag(h) | static_cast<std::uint32_t>(idx + 1);
    }
    slots_.swap(next);
  }

  std::deque<Entry> entries_;
  std::vector<std::uint64_t> slots_;
};

}  // namespace detail

/// A set of words looked up by std::string_view without a copy; iterates in
/// insertion order.
using WordSet = detail::FlatWordTable<std::string>;

/// Words to a value, looked up by std::string_view without a copy; iterates
/// in insertion order.
template <typename T>
using WordMap = detail::FlatWordTable<std::pair<const std::string, T>>;

/// A set of words screened by a key made of a few of their bytes: a word
/// whose key was never inserted is not in the set; one whose key was may
/// be. `Key::of(w)` gives a non-empty word's key, below `Key::bits` (a
/// multiple of 64); the empty word is kept apart. The test reads a few
/// bytes of the word, not all of them, so it rules out most words before
/// they are lowercased or hashed.
template <typename Key>
class KeyScreen {
 public:
  void insert(std::string_view w) {
    if (w.empty()) {
      holds_empty_ = true;
    } else {
      const std::size_t k = Key::of(w);
      bits_[k / 64] |= std::uint64_t{1} << (k % 64);
    }
  }
  bool may_hold(std::string_view w) const {
    if (w.empty()) return holds_empty_;
    const std::size_t k = Key::of(w);
    return (bits_[k / 64] >> (k % 64)) & 1;
  }
  void clear() {
    bits_.fill(0);
    holds_empty_ = false;
  }

 private:
  static_assert(Key::bits % 64 == 0);
  std::array<std::uint64_t, Key::bits / 64> bits_{};
  bool holds_empty_ = false;
};

namespace detail {

/// The low five bits of a byte: an ASCII letter's are the same in either
/// case (other bytes share them too, which only lets more words through a
/// screen).
constexpr std::size_t low5(char c) { return static_cast<std::size_t>(static_cast<unsigned char>(c) & 31); }

/// WordScreen's key: the first byte, the last byte and the length modulo
/// 64.
struct EdgesAndLength {
  static constexpr std::size_t bits = 32 * 32 * 64;
  static std::size_t of(std::string_view w) { return (low5(w.front()) << 5 | low5(w.back())) << 6 | (w.size() % 64); }
};

}  // namespace detail

/// A screen of words by their first byte, last byte and length, blind to
/// ASCII case: a word it rejects is not in the set, nor is its ASCII
/// lowercase; one it passes may be.
using WordScreen = KeyScreen<detail::EdgesAndLength>;

/// A WordSet probed for nearly every word of a text that it rarely holds:
/// two WordScreens, one of the words and one of their inner bytes, reject
/// most words before they are hashed.
class ScreenedWordSet {
 public:
  void insert(std::string_view w) {
    words_.insert(std::string(w));
    screen_.insert(w);
    if (!w.empty()) inner_screen_.insert(inner_of(w));
  }
  void clear() {
    words_.clear();
    screen_.clear();
    inner_screen_.clear();
  }
  bool contains(std::string_view w) const { return may_contain_lowercased(w) && words_.contains(w); }
  /// False if neither `w` nor its ASCII lowercase is in the set: a word
  /// that passes is lowercased, then looked up with contains().
  bool may_contain_lowercased(std::string_view w) const {
    return screen_.may_hold(w) && (w.empty() || inner_screen_.may_hold(inner_of(w)));
  }
  bool empty() const { return words_.empty(); }
  const WordSet& words() const { return words_; }

 private:
  // A nonempty word without its first and last bytes (a word of one or
  // two bytes: its last byte), so that inner_screen_ tests its second and
  // second last bytes, where words with the same outer bytes and length
  // mostly differ. The same bytes of the word lowercased are these
  // lowercased, and WordScreen is blind to ASCII case.
  static std::string_view inner_of(std::string_view w) {
    return w.size() <= 2 ? w.substr(w.size() - 1) : w.substr(1, w.size() - 2);
  }
  WordSet words_;
  WordScreen screen_;
  WordScreen inner_screen_;
};

}  // namespace claimlint
