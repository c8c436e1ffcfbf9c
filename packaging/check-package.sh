#!/usr/bin/env bash
# Builds the .deb and checks it as a user gets it: unpacked into a scratch root (dpkg -x), its
# programs run from there, its man pages, completion and translations found where it put them, and
# desktop-file-validate, appstreamcli and lintian over it. ctest runs it as `package_install`.
#   check-package.sh BUILD_DIR [SHARED_DIR]
set -euo pipefail
build=$(realpath "$1")
shared=${2:-}
for tool in dpkg-deb desktop-file-validate appstreamcli lintian help2man man; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (packaging/install-deps.sh installs it)"
    exit 77
  fi
done

step() { printf '\n== %s\n' "$*"; }
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

step "cmake --build $build --target package"
rm -f "$build"/xlqa-studio_*.deb
cmake --build "$build" --target package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/xlqa-studio_${version}_amd64.deb"
[[ -f $deb ]] || fail "no $deb"
ls -l "$deb"

step "control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Depends Recommends
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libtorch libqt6widgets6 libopenblas0-openmp fonts-noto-core fonts-noto-cjk; do
  [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
usr=$root/usr
for file in bin/xlqa bin/xlqa-studio lib/xlqa-studio/libxlqa_spm_shim.so \
  share/xlqa-studio/demo/demo.json share/xlqa-studio/translations/xlqa_es.qm \
  share/xlqa-studio/translations/xlqa_zh_CN.qm share/applications/org.xlqa.Studio.desktop \
  share/metainfo/org.xlqa.Studio.metainfo.xml share/icons/hicolor/scalable/apps/org.xlqa.Studio.svg \
  share/icons/hicolor/48x48/apps/org.xlqa.Studio.png share/icons/hicolor/256x256/apps/org.xlqa.Studio.png \
  share/man/man1/xlqa.1.gz share/man/man1/xlqa-studio.1.gz share/bash-completion/completions/xlqa \
  share/bash-completion/completions/xlqa-studio share/doc/xlqa-studio/copyright \
  share/doc/xlqa-studio/changelog.gz; do
  [[ -f $usr/$file ]] || fail "the package has no /usr/$file"
done
ls -d "$usr"/share/xlqa-studio/demo-cache/*/run >/dev/null || fail "the package has no prebuilt demo run"

step "the installed xlqa, run from the scratch root"
"$usr/bin/xlqa" --version | tee "$root/version.txt"
grep -q "^xlqa $version$" "$root/version.txt" || fail "xlqa --version does not start with 'xlqa $version'"
grep -q "^Qt " "$root/version.txt" || fail "xlqa --version does not name Qt"
"$usr/bin/xlqa" doctor --no-gemm | tee "$root/doctor.txt"
grep -q "$usr/share/xlqa-studio" "$root/doctor.txt" || fail "xlqa doctor does not report the installed share folder"
"$usr/bin/xlqa" score --help | head -1 | grep -q "^Usage: xlqa score " || fail "xlqa score --help does not name itself"

if [[ -n $shared && -d $shared/fixtures/metrics ]]; then
  step "xlqa score on the shared fixtures: the installed binary agrees with the tested build"
  metrics=$shared/fixtures/metrics
  data=()
  for language in ar de el en es hi ro ru th tr vi zh; do data+=(--data "$metrics/datasets/xquad.$language.subset.json"); done
  args=(score "${data[@]}" --predictions "$metrics/predictions/pairs" --pairs all --format json)
  "$usr/bin/xlqa" "${args[@]}" >"$root/installed.json"
  "$build/bin/xlqa" "${args[@]}" >"$root/built.json"
  cmp "$root/installed.json" "$root/built.json" || fail "the installed xlqa scores differently from the build"
  grep -q '"gxlt"' "$root/installed.json" || fail "no G-XLT average in the installed xlqa's scores"
  echo "144 pairs scored, identical to the build tree's (which tst_cli_score checks against the official scripts)"
else
  echo "SKIP: xlqa score on the shared fixtures: no ${shared:-shared folder}/fixtures/metrics"
fi

step "the installed xlqa-studio"
QT_QPA_PLATFORM=offscreen "$usr/bin/xlqa-studio" --version | grep -q "^xlqa-studio $version$" ||
  fail "xlqa-studio --version"

step "man pages"
for page in xlqa xlqa-studio; do
  MANWIDTH=100 man -l "$usr/share/man/man1/$page.1.gz" 2>/dev/null >"$root/$page.txt"
  grep -q "^NAME" "$root/$page.txt" || fail "man $page does not render"
done
for command in score eval train predict doctor; do
  grep -q "xlqa $command" "$root/xlqa.txt" || fail "man xlqa does not describe 'xlqa $command'"
done
grep -q -- "--data" "$root/xlqa.txt" || fail "man xlqa lists no options of its commands"
echo "xlqa(1): $(wc -l <"$root/xlqa.txt") lines; xlqa-studio(1): $(wc -l <"$root/xlqa-studio.txt") lines"

step "bash completion"
if [[ -f /usr/share/bash-completion/bash_completion ]]; then
  complete_words() {  # the completions of a command line that ends where the cursor is
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
      COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
      _xlqa; printf "%s\n" "${COMPREPLY[@]}"' _ "$usr/share/bash-completion/completions/xlqa" "$@"
  }
  [[ $(complete_words xlqa sco) == score ]] || fail "xlqa sco<Tab> does not complete to score"
  complete_words xlqa score --pre | grep -qx -- --predictions || fail "xlqa score --pre<Tab>"
  complete_words xlqa score --quiet --pre | grep -qx -- --predictions || fail "xlqa score --quiet --pre<Tab>"
  complete_words xlqa eval --device "" | grep -qx cpu || fail "xlqa eval --device <Tab> does not offer cpu"
  complete_words xlqa run "" | grep -qx merge || fail "xlqa run <Tab> does not offer merge"
  echo "commands, options, option values and nested commands complete"
else
  echo "SKIP: bash completion: the bash-completion package is not installed"
fi

step "desktop-file-validate"
desktop-file-validate "$usr/share/applications/org.xlqa.Studio.desktop"
step "appstreamcli validate"
appstreamcli validate --no-net "$usr/share/metainfo/org.xlqa.Studio.metainfo.xml"
step "lintian"
lintian --fail-on error --display-info "$deb"
echo "lintian: no errors"
