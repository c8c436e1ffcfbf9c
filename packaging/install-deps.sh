#!/usr/bin/env bash
# Installs the Debian 12 packages XLQA Studio builds and runs with.
# Idempotent: only packages that are not installed yet are fetched.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config clang-format-14
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libtorch-dev libgloo-dev libsentencepiece-dev libicu-dev libssl-dev nlohmann-json3-dev libqcustomplot-dev
  libopenblas0-pthread libopenblas0-openmp  # the OpenMP build shares LibTorch's thread pool (CMakeLists.txt)
  fonts-noto-core fonts-noto-cjk xvfb xauth
  clang-14 libclang-rt-14-dev  # sanitizer builds and the libFuzzer harnesses (tools/sanitize.sh, tools/fuzz.sh)
  # The Debian package: man pages from --help, CPack's tools, and the checks over the .deb
  # (packaging/check-package.sh); locales for the CLI's test under a German locale.
  help2man dpkg-dev file xz-utils lintian desktop-file-utils appstream man-db bash-completion locales
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
((EUID == 0)) || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
