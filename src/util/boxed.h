// A value kept on the heap, with value semantics: copies copy the value, and an empty box reads
// as a default-constructed value. For large members that most instances leave empty (a block's
// table, which paragraphs never have): the empty box costs one pointer, not the whole value.
//
//   Boxed<Table> table;            // empty: *table is an empty Table, has_value() is false
//   table = std::move(read);       // holds it
//   const Table& t = table;        // reads it (or the shared empty value)
//   table->rows.push_back(…);      // a non-const access fills an empty box first
#pragma once

#include <memory>
#include <utility>

namespace crossfoot {

template <class T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(T value) : value_(std::make_unique<T>(std::move(value))) {}  // NOLINT: a value converts
  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  ~Boxed() = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(T value) {
    value_ = std::make_unique<T>(std::move(value));
    return *this;
  }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }

  const T& operator*() const { return value_ ? *value_ : Empty(); }
  const T* operator->() const { return &**this; }
  T& operator*() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }
  T* operator->() { return &**this; }
  // Reads as the value it holds; writing goes through * or ->, which fill an empty box.
  operator const T&() const { return **this; }  // NOLINT: reads as the value it holds

 private:
  static const T& Empty() {
    static const T empty{};
    return empty;
  }

  std::unique_ptr<T> value_;
};

}  // namespace crossfoot
