#include "io/decompress.h"

#include <zlib.h>
#include <zstd.h>

namespace parley::io {

Compression sniff_compression(const std::string& b) {
  if (b.size() >= 2 && (unsigned char)b[0] == 0x1f && (unsigned char)b[1] == 0x8b) return Compression::kGzip;
  if (b.size() >= 4 && (unsigned char)b[0] == 0x28 && (unsigned char)b[1] == 0xb5 &&
      (unsigned char)b[2] == 0x2f && (unsigned char)b[3] == 0xfd)
    return Compression::kZstd;
  return Compression::kNone;
}

namespace {

bool gunzip(const std::string& in, std::string& out, std::string& error) {
  z_stream zs{};
  // 15 + 32: zlib or gzip header, detected automatically.
  if (inflateInit2(&zs, 15 + 32) != Z_OK) { error = "cannot initialise gzip decoder"; return false; }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 16];
  out.reserve(in.size() * 4);
  int rc = Z_OK;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members are legal: continue with the next one.
      if (zs.avail_in > 0) { inflateReset(&zs); continue; }
      break;
    }
    if (rc != Z_OK) break;
    if (zs.avail_in == 0 && zs.avail_out != 0) { rc = Z_BUF_ERROR; break; }
  }
  inflateEnd(&zs);
  if (rc == Z_STREAM_END) return true;
  error = rc == Z_BUF_ERROR ? "truncated gzip data" : std::string("corrupt gzip data: ") + (zs.msg ? zs.msg : "inflate failed");
  return false;
}

bool unzstd(const std::string& in, std::string& out, std::string& error) {
  ZSTD_DStream* ds = ZSTD_createDStream();
  ZSTD_initDStream(ds);
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  // Size the output once when the frame says how big it is (zstd CLI output does).
  unsigned long long content = ZSTD_getFrameContentSize(in.data(), in.size());
  if (content != ZSTD_CONTENTSIZE_UNKNOWN && content != ZSTD_CONTENTSIZE_ERROR && content < (1ULL << 34))
    out.reserve(content + 64);
  else
    out.reserve(in.size() * 4);
  std::string buf(ZSTD_DStreamOutSize(), '\0');
  size_t last = 0;
  while (input.pos < input.size) {
    ZSTD_outBuffer output{buf.data(), buf.size(), 0};
    last = ZSTD_decompressStream(ds, &output, &input);
    if (ZSTD_isError(last)) {
      error = std::string("corrupt zstd data: ") + ZSTD_getErrorName(last);
      ZSTD_freeDStream(ds);
      return false;
    }
    out.append(buf.data(), output.pos);
  }
  // Drain what the decoder still holds.
  while (last != 0) {
    ZSTD_outBuffer output{buf.data(), buf.size(), 0};
    last = ZSTD_decompressStream(ds, &output, &input);
    if (ZSTD_isError(last)) { error = std::string("corrupt zstd data: ") + ZSTD_getErrorName(last); break; }
    out.append(buf.data(), output.pos);
    if (output.pos == 0) break;
  }
  ZSTD_freeDStream(ds);
  if (!error.empty()) return false;
  if (last != 0) { error = "truncated zstd data"; return false; }
  return true;
}

}  // namespace

bool decompress(std::string& bytes, std::string& error) {
  Compression c = sniff_compression(bytes);
  if (c == Compression::kNone) return true;
  std::string out;
  bool ok = c == Compression::kGzip ? gunzip(bytes, out, error) : unzstd(bytes, out, error);
  if (ok) bytes.swap(out);
  return ok;
}

}  // namespace parley::io
