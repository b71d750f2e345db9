#include "io/decompress.h"

#include <zlib.h>
#include <zstd.h>

namespace parley::io {

Compression sniff_compression(std::string_view b) {
  if (b.size() >= 2 && (unsigned char)b[0] == 0x1f && (unsigned char)b[1] == 0x8b) return Compression::kGzip;
  if (b.size() >= 4 && (unsigned char)b[0] == 0x28 && (unsigned char)b[1] == 0xb5 && (unsigned char)b[2] == 0x2f &&
      (unsigned char)b[3] == 0xfd)
    return Compression::kZstd;
  return Compression::kNone;
}

namespace {

class GzipDecompressor : public Decompressor {
 public:
  explicit GzipDecompressor(std::string_view in) {
    // 15 + 32: zlib or gzip header, detected automatically.
    if (inflateInit2(&zs_, 15 + 32) != Z_OK) error_ = "cannot initialise gzip decoder";
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs_.avail_in = static_cast<uInt>(in.size());
  }
  ~GzipDecompressor() override { inflateEnd(&zs_); }

  bool next(std::string& out, size_t max_bytes) override {
    if (done_ || !error_.empty()) return false;
    size_t start = out.size();
    out.resize(start + max_bytes);
    zs_.next_out = reinterpret_cast<Bytef*>(out.data() + start);
    zs_.avail_out = static_cast<uInt>(max_bytes);
    while (zs_.avail_out > 0) {
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // Concatenated gzip members are legal: go on with the next one.
        if (zs_.avail_in > 0) {
          inflateReset(&zs_);
          continue;
        }
        done_ = true;
        break;
      }
      if (rc == Z_BUF_ERROR || (rc == Z_OK && zs_.avail_in == 0 && zs_.avail_out > 0)) {
        error_ = "truncated gzip data";
        break;
      }
      if (rc != Z_OK) {
        error_ = std::string("corrupt gzip data: ") + (zs_.msg ? zs_.msg : "inflate failed");
        break;
      }
    }
    out.resize(start + (max_bytes - zs_.avail_out));
    return error_.empty() && (out.size() > start || !done_);
  }

 private:
  z_stream zs_{};
  bool done_ = false;
};

class ZstdDecompressor : public Decompressor {
 public:
  explicit ZstdDecompressor(std::string_view in) : ds_(ZSTD_createDStream()), input_{in.data(), in.size(), 0} {
    ZSTD_initDStream(ds_);
  }
  ~ZstdDecompressor() override { ZSTD_freeDStream(ds_); }

  bool next(std::string& out, size_t max_bytes) override {
    if (!error_.empty()) return false;
    size_t start = out.size();
    out.resize(start + max_bytes);
    ZSTD_outBuffer output{out.data() + start, max_bytes, 0};
    while (output.pos < output.size) {
      size_t before_in = input_.pos, before_out = output.pos;
      size_t rc = ZSTD_decompressStream(ds_, &output, &input_);
      if (ZSTD_isError(rc)) {
        error_ = std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc);
        break;
      }
      if (input_.pos == before_in && output.pos == before_out) break;  // no progress: input exhausted
      last_ = rc;                                                      // 0 when a frame is complete and fully flushed
    }
    out.resize(start + output.pos);
    if (!error_.empty()) return false;
    if (output.pos == 0 && input_.pos >= input_.size) {
      if (last_ != 0) error_ = "truncated zstd data";
      return false;
    }
    return true;
  }

 private:
  ZSTD_DStream* ds_;
  ZSTD_inBuffer input_;
  size_t last_ = 0;
};

}  // namespace

std::unique_ptr<Decompressor> Decompressor::create(Compression kind, std::string_view input) {
  if (kind == Compression::kGzip) return std::make_unique<GzipDecompressor>(input);
  if (kind == Compression::kZstd) return std::make_unique<ZstdDecompressor>(input);
  return nullptr;
}

bool decompress(std::string& bytes, std::string& error) {
  Compression c = sniff_compression(bytes);
  if (c == Compression::kNone) return true;
  auto d = Decompressor::create(c, bytes);
  std::string out;
  out.reserve(bytes.size() * 4);
  while (d->next(out, 1 << 20)) {
  }
  if (!d->error().empty()) {
    error = d->error();
    return false;
  }
  bytes.swap(out);
  return true;
}

}  // namespace parley::io
