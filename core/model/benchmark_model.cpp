#include "core/model/benchmark_model.h"

#include <ATen/CPUGeneratorImpl.h>

#include <map>
#include <regex>
#include <stdexcept>

#include "core/model/qa_model.h"
#include "core/model/qa_module.h"
#include "core/model/state_dict.h"

namespace xlqa {

nlohmann::json xlmrQaConfig(const std::string& shape) {
  std::int64_t hidden = 0, layers = 0;
  std::smatch custom;
  if (shape == "base") {
    hidden = 768, layers = 12;
  } else if (shape == "large") {
    hidden = 1024, layers = 24;
  } else if (std::regex_match(shape, custom, std::regex(R"((\d{2,5})x(\d{1,3}))"))) {
    hidden = std::stoll(custom[1]), layers = std::stoll(custom[2]);
  }
  if (hidden <= 0 || layers <= 0 || hidden % 64 != 0)
    throw std::invalid_argument("unknown model shape \"" + shape +
                                "\" (expected base, large, or HIDDENxLAYERS with HIDDEN a multiple of 64)");
  XlmrShape xlmr;
  xlmr.hiddenSize = hidden, xlmr.layers = layers, xlmr.heads = hidden / 64, xlmr.intermediateSize = 4 * hidden;
  return xlmrQaConfigJson(xlmr);
}

std::int64_t writeRandomModelFolder(const std::string& modelDir, const nlohmann::json& config,
                                    const std::string& tokenizerDir, std::uint64_t seed, ComputeDtype dtype) {
  const ModelConfig parsed = parseModelConfig(config, modelDir + "/config.json");
  const at::ScalarType type = scalarType(dtype);
  std::vector<TensorSpec> specs;
  std::map<std::string, std::pair<std::string, std::uint64_t>> origin;  // checkpoint name -> parameter, index
  std::uint64_t index = 0;
  for (const ParameterShape& p : parameterShapes(parsed)) {
    const std::string name = checkpointName(parsed, p.name);
    origin[name] = {p.name, index++};
    specs.push_back({name, type, p.shape});
  }
  writeModelFolder(
      modelDir, config, specs,
      [&](const TensorSpec& spec) {
        const auto& [parameterName, position] = origin.at(spec.name);
        at::Tensor tensor = at::empty(spec.shape);
        initializeParameter(parameterName, tensor, parsed, at::make_generator<at::CPUGeneratorImpl>(seed + position));
        return tensor.to(type);
      },
      tokenizerDir);
  return countParameters(parsed);
}

}  // namespace xlqa
