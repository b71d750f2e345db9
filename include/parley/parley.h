// parley/parley.h — Parley's public API, in one include.
//
//   parley::Pipeline pipeline;
//   parley::read_inputs({"articles/"}, {}, [&](parley::Document&& doc) {
//     for (const parley::Event& e : pipeline.extract(doc)) ...;
//   }, [](const parley::ReadError& err) { ... });
#pragma once

#include "parley/data.h"
#include "parley/document.h"
#include "parley/event.h"
#include "parley/pipeline.h"
#include "parley/reader.h"
