// Example: core as a library. Loads a model folder (a Hugging Face extractive-QA checkpoint, or
// one that `xlqa train` wrote) and prints its answer to one question over one context:
//   xlqa_example_answer_question MODEL_DIR QUESTION CONTEXT
// The path is the evaluation's for one example: tokens, windows, logits, the best span.
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/predictor.h"
#include "core/eval/qa_features.h"
#include "core/model/qa_model.h"
#include "core/text/tokenizer.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s MODEL_DIR QUESTION CONTEXT\n", argv[0]);
    return 2;
  }
  try {
    const std::string modelDir = argv[1], question = argv[2], context = argv[3];
    const auto model = xlqa::QaModel::load(modelDir);  // the GPU when there is one, fp32
    const auto tokenizer = xlqa::loadTokenizer(modelDir);
    const xlqa::PredictSettings settings;  // run_qa's defaults: 384-token windows, stride 128, answers <= 30 tokens

    // The question as run_qa prepares it (left-stripped, cut to 64 tokens); the context's tokens
    // keep their character offsets, so the answer is a span of `context` itself.
    const xlqa::TokenizedText questionTokens =
        xlqa::truncateQuestion(tokenizer->tokenize(xlqa::leftStripped(question)), settings.features.maxQueryLength);
    const std::vector<xlqa::QaFeature> windows =
        xlqa::buildFeatures(*tokenizer, questionTokens, tokenizer->tokenize(context), settings.features, 0);
    const std::vector<xlqa::WindowLogits> logits =
        xlqa::runWindows(*model, tokenizer->padId(), windows, settings.batching);
    const std::vector<xlqa::DecodedAnswer> answers =
        xlqa::decodeExamples({std::string_view(context)}, windows, logits, settings.decode);

    const xlqa::DecodedAnswer& answer = answers.front();
    std::printf("%s\n", answer.text.c_str());
    if (!answer.nbest.empty())
      std::fprintf(stderr, "probability %.3f among the %zu best spans\n", answer.nbest.front().probability,
                   answer.nbest.size());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
}
