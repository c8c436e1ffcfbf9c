# `cmake --build build --target package`: xlqa-studio_<version>_amd64.deb from the install tree
# (installed under /usr). dpkg-shlibdeps computes the dependencies of what is linked; the packages
# that are loaded rather than linked are named here: LibTorch's BLAS (the OpenMP OpenBLAS shares
# its thread pool, see CMakeLists.txt; the pthread one is the fallback), the Noto fonts the views
# need for Devanagari, Thai and CJK text.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME xlqa-studio)
set(CPACK_PACKAGE_VENDOR "The XLQA Studio developers")
set(CPACK_PACKAGE_CONTACT "The XLQA Studio developers <xlqa-studio@users.noreply.github.com>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                               WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # xlqa-studio_0.1.0_amd64.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${XLQA_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-openmp | libopenblas0-pthread, fonts-noto-core, fonts-noto-cjk")
# Wayland sessions, and Qt's own dialogs in the UI's languages.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for cross-lingual extractive question answering")
set(CPACK_PACKAGE_DESCRIPTION
    "XLQA Studio evaluates, inspects and trains multilingual extractive QA models
(mBERT, XLM-R) when the question and the context are in different languages.
It loads Hugging Face checkpoints, scores every question x context language
pair of XQuAD, MLQA or TyDiQA-GoldP with the official SQuAD and MLQA rules,
shows teacher, student and difference heatmaps with the failing examples
behind each cell, and self-distils with mAP@k-weighted soft labels.

This package holds the desktop workbench (xlqa-studio), its command line for
scripts and clusters (xlqa), and an embedded demo.")
include(CPack)
