// Result<T>: a value or an error message, for operations that cannot continue.
//
//   Result<std::string> r = ReadFileBytes(path);
//   if (!r.ok()) return Error{r.error()};
//   Use(r.value());
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace crossfoot {

/// An error message, already fit to show a user (it names the file involved).
struct Error {
  std::string message;
};

/// Either a value of type T or an Error.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const std::string& error() const { return std::get<Error>(state_).message; }

 private:
  std::variant<T, Error> state_;
};

}  // namespace crossfoot
