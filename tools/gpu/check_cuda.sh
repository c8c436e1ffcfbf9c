#!/usr/bin/env bash
# On a machine with an NVIDIA GPU and a PyTorch installation (run from the repository root):
#   1. builds the engine, the CLI and the headless tests against that PyTorch's LibTorch
#      (torch.utils.cmake_prefix_path), CUDA included, with XLQA_BUILD_GUI=OFF;
#   2. runs the logits parity fixtures on the GPU (fp32 within 1e-4) and the reduced-precision
#      tests there (bf16 within 0.1, fp16 within 0.02 of transformers' fp32 logits);
#   3. writes a base-shaped XLM-R QA model and prints evaluation throughput in fp32, fp16 and bf16
#      beside transformers' forward on the same GPU, the same windows.
# Needs ../shared (or SHARED=...). Without Qt/ICU/sentencepiece development files on the machine,
# carry the .debs that tools/gpu/fetch_debs.sh downloads (.gpu-debs/): they are unpacked into
# .gpu-root/ and used from there. Output also goes to $OUT when it is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-$(cd .. && pwd)/shared}
log=${OUT:-/tmp}/check_cuda.log
exec > >(tee "$log") 2>&1

torch_prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
python3 -c 'import torch; print("PyTorch", torch.__version__, "CUDA", torch.version.cuda, "GPU", torch.cuda.get_device_name(0))'
prefixes="$torch_prefix"
if [[ -d .gpu-debs ]]; then
  mkdir -p .gpu-root
  for deb in .gpu-debs/*.deb; do dpkg -x "$deb" .gpu-root; done
  root=$(pwd)/.gpu-root
  prefixes="$prefixes;$root/usr"
  export PKG_CONFIG_PATH="$root/usr/lib/x86_64-linux-gnu/pkgconfig:$root/usr/share/pkgconfig"
  export PKG_CONFIG_SYSROOT_DIR="$root"
  export LD_LIBRARY_PATH="$root/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}"
  export ICU_ROOT="$root/usr" OPENSSL_ROOT_DIR="$root/usr"
fi

cmake -S . -B build-cuda -G Ninja -DCMAKE_BUILD_TYPE=Release -DXLQA_BUILD_GUI=OFF \
      -DCMAKE_PREFIX_PATH="$prefixes" -DXLQA_SHARED_DIR="$shared"
cmake --build build-cuda --target xlqa tst_qa_model_parity tst_reduced_precision
build-cuda/bin/xlqa doctor --no-gemm

echo "== parity and reduced precision on cuda:0"
XLQA_TEST_DEVICE=cuda:0 build-cuda/bin/tst_qa_model_parity
XLQA_TEST_DEVICE=cuda:0 build-cuda/bin/tst_reduced_precision

echo "== base-shape throughput"
model=/tmp/xlmr-base
[[ -f $model/model.safetensors ]] ||
  build-cuda/bin/xlqa bench model --shape base --tokenizer "$shared/fixtures/hf-parity/small-xlmr-qa-spm" --out $model
build-cuda/bin/xlqa bench eval --model $model --data "$shared/data/xquad" --pairs en-en,zh-de,ar-hi,es-vi \
  --examples-per-pair 400 --device cuda:0 --dtypes fp32,fp16,bf16 --no-naive --features-out /tmp/features.json
for dtype in fp32 fp16 bf16; do
  python3 bench/transformers_forward.py --model $model --features /tmp/features.json --device cuda --dtype $dtype \
    --batch-size 32 --pad-to 384
done
