// Transparent decompression of gzip and zstd inputs, recognised by their magic bytes.
#pragma once
#include <string>

namespace parley::io {

enum class Compression { kNone, kGzip, kZstd };
Compression sniff_compression(const std::string& bytes);

// Replaces `bytes` by its decompressed content when it is gzip or zstd.
// Returns false with `error` set on corrupt or truncated data.
bool decompress(std::string& bytes, std::string& error);

}  // namespace parley::io
