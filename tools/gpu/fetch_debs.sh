#!/usr/bin/env bash
# Run HERE (Debian 12, with network to Debian's mirrors): downloads the Debian packages that the
# headless build needs (Qt Core/Test, nlohmann-json, ICU, OpenSSL, sentencepiece, pkg-config
# files) into .gpu-debs/ at the repository root, for a GPU machine that has PyTorch and CUDA but
# no network. check_cuda.sh unpacks them into a private prefix there (never into /).
set -euo pipefail
cd "$(dirname "$0")/../.."
grep -qx '/.gpu-debs/' .git/info/exclude 2>/dev/null || echo '/.gpu-debs/' >> .git/info/exclude
mkdir -p .gpu-debs /tmp/xlqa-apt-lists/partial
apt_options=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/xlqa-apt-lists)
apt-get "${apt_options[@]}" update -qq
packages=(qt6-base-dev qt6-base-dev-tools libqt6core6 libqt6test6 libqt6concurrent6 libqt6dbus6 libqt6network6
          libqt6gui6 libqt6widgets6 libqt6opengl6 libqt6opengl6-dev libqt6sql6 libqt6printsupport6 libqt6xml6
          libdouble-conversion3 libpcre2-16-0 libb2-1 libicu72 libicu-dev icu-devtools nlohmann-json3-dev
          libssl-dev libsentencepiece-dev libsentencepiece0 libprotobuf-lite32 pkgconf pkgconf-bin libpkgconf3)
(cd .gpu-debs && apt-get "${apt_options[@]}" download "${packages[@]}")
du -sh .gpu-debs
