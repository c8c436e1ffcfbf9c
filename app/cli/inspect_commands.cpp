// xlqa tokenize / xlqa logits: inspection commands that print JSON, for debugging and checks.
#include <QCommandLineParser>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/io/json_file.h"
#include "core/model/qa_model.h"
#include "core/text/tokenizer.h"

namespace xlqa::cli {
namespace {

nlohmann::json encodingToJson(const Encoding& encoding, bool withTypeIds) {
  nlohmann::json offsets = nlohmann::json::array();
  for (std::size_t i = 0; i < encoding.ids.size(); ++i) {
    if (encoding.sequenceIds[i] < 0) {
      offsets.push_back(nullptr);
    } else {
      offsets.push_back({encoding.offsets[i].begin, encoding.offsets[i].end});
    }
  }
  nlohmann::json out = {{"input_ids", encoding.ids}};
  if (withTypeIds) out["token_type_ids"] = encoding.typeIds;
  out["tokens"] = encoding.tokens;
  out["offsets"] = std::move(offsets);
  return out;
}

// A [B][L] integer matrix from the inputs file, flattened; `key` names it in errors.
std::vector<std::int64_t> matrix(const nlohmann::json& inputs, const char* key, const std::string& path,
                                 std::int64_t& rows, std::int64_t& columns) {
  const auto& value = inputs.at(key);
  if (!value.is_array() || value.empty())
    throw FileError(path, std::string(key) + ": expected a non-empty [batch][length] array");
  std::vector<std::int64_t> flat;
  rows = static_cast<std::int64_t>(value.size());
  columns = static_cast<std::int64_t>(value.front().size());
  for (const auto& row : value) {
    if (!row.is_array() || static_cast<std::int64_t>(row.size()) != columns)
      throw FileError(path, std::string(key) + ": every row must be an array of the same length");
    for (const auto& v : row) {
      if (!v.is_number_integer()) throw FileError(path, std::string(key) + ": expected integers");
      flat.push_back(v.get<std::int64_t>());
    }
  }
  return flat;
}

nlohmann::json toRows(const std::vector<float>& values, std::int64_t rows, std::int64_t columns) {
  nlohmann::json out = nlohmann::json::array();
  for (std::int64_t r = 0; r < rows; ++r) {
    nlohmann::json row = nlohmann::json::array();
    for (std::int64_t c = 0; c < columns; ++c)
      row.push_back(static_cast<double>(values[static_cast<std::size_t>(r * columns + c)]));
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

int runTokenize(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"model", "Model folder holding vocab.txt or sentencepiece.bpe.model.", "dir"});
  parser.addPositionalArgument("text", "The text, or the question when a second text follows.");
  parser.addPositionalArgument("text2", "Optional context: the pair encoding is printed.", "[text2]");
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Prints the model input of one text or a question/context pair as JSON: input_ids, "
                                 "token_type_ids (BERT), tokens and code point offsets (null for added tokens)."))
    return *exit;
  const QStringList texts = parser.positionalArguments();
  if (!parser.isSet("model")) return usageError(name, "--model is required");
  if (texts.isEmpty() || texts.size() > 2) return usageError(name, "give one text, or a question and a context");
  try {
    const auto tokenizer = loadTokenizer(toStd(parser.value("model")));
    const Encoding encoding = texts.size() == 1 ? tokenizer->encode(toStd(texts[0]))
                                                : tokenizer->encodePair(toStd(texts[0]), toStd(texts[1]));
    printOut(encodingToJson(encoding, tokenizer->kind() == "wordpiece").dump() + "\n");
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

int runLogits(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"model", "Model folder.", "dir"});
  parser.addOption({"inputs",
                    "JSON file: {\"input_ids\": [[...]], \"attention_mask\": [[...]], \"token_type_ids\": [[...]]}.",
                    "file"});
  addDeviceOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Runs the model on a batch of token ids and prints the start and end logits as JSON, "
                                 "at full float precision."))
    return *exit;
  if (!parser.isSet("model") || !parser.isSet("inputs")) return usageError(name, "--model and --inputs are required");
  try {
    const std::string path = toStd(parser.value("inputs"));
    const nlohmann::json inputs = readJsonFile(path);
    if (!inputs.is_object() || !inputs.contains("input_ids"))
      throw FileError(path, "expected an object with input_ids (and attention_mask, token_type_ids)");
    TokenBatch batch;
    batch.inputIds = matrix(inputs, "input_ids", path, batch.batchSize, batch.seqLen);
    std::int64_t rows = 0, columns = 0;
    if (inputs.contains("attention_mask")) {
      batch.attentionMask = matrix(inputs, "attention_mask", path, rows, columns);
      if (rows != batch.batchSize || columns != batch.seqLen)
        throw FileError(path, "attention_mask: shape differs from input_ids");
    } else {
      batch.attentionMask.assign(batch.inputIds.size(), 1);
    }
    if (inputs.contains("token_type_ids")) {
      batch.tokenTypeIds = matrix(inputs, "token_type_ids", path, rows, columns);
      if (rows != batch.batchSize || columns != batch.seqLen)
        throw FileError(path, "token_type_ids: shape differs from input_ids");
    }
    const auto model =
        QaModel::load(toStd(parser.value("model")), toStd(parser.value("device")), modelDtypeOption(parser));
    const QaLogits logits = model->logits(batch);
    const nlohmann::json out = {{"start_logits", toRows(logits.start, logits.batchSize, logits.seqLen)},
                                {"end_logits", toRows(logits.end, logits.batchSize, logits.seqLen)}};
    printOut(out.dump() + "\n");
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
