// Transparent decompression of gzip and zstd inputs, recognised by their
// magic bytes, either whole or as a stream of chunks (so that a large JSON
// Lines archive is read through a small, cache-warm buffer).
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace parley::io {

enum class Compression { kNone, kGzip, kZstd };
Compression sniff_compression(std::string_view bytes);

// Decodes a compressed buffer piece by piece.
class Decompressor {
 public:
  // `input` must outlive the decompressor.
  static std::unique_ptr<Decompressor> create(Compression kind, std::string_view input);
  virtual ~Decompressor() = default;
  // Appends up to about `max_bytes` of output to `out`.  Returns false at the
  // end of the data or on an error (then error() is non-empty).
  virtual bool next(std::string& out, size_t max_bytes) = 0;
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// Replaces `bytes` by its decompressed content when it is gzip or zstd.
// Returns false with `error` set on corrupt or truncated data.
bool decompress(std::string& bytes, std::string& error);

}  // namespace parley::io
