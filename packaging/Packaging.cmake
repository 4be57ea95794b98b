# CPack settings for the installers: .deb and .rpm on Linux, an NSIS installer on Windows,
# a drag-and-drop .dmg on macOS. Included from the top-level CMakeLists.txt after
# packaging/Install.cmake (include(CPack) must come after every install() rule).
#
#   cpack -G DEB        build/…/codearts-inspector_0.1.0_amd64.deb
#   cpack -G RPM        build/…/codearts-inspector-0.1.0-1.x86_64.rpm
#   cpack -G NSIS       codearts-inspector-0.1.0-win64.exe
#   cpack -G DragNDrop  codearts-inspector-0.1.0-Darwin.dmg

set(INSPECTOR_PACKAGING_RESOURCES "${CMAKE_CURRENT_LIST_DIR}/../resources")
cmake_path(NORMAL_PATH INSPECTOR_PACKAGING_RESOURCES)

set(CPACK_PACKAGE_NAME "codearts-inspector")
set(CPACK_PACKAGE_VENDOR "CodeArts Inspector contributors")
set(CPACK_PACKAGE_CONTACT "CodeArts Inspector maintainers <codearts-inspector@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Inspect Huawei Cloud CodeArts Build jobs")
set(CPACK_PACKAGE_DESCRIPTION
    "CodeArts Inspector is a desktop client for Huawei Cloud CodeArts Build.
Given the ID of a build job it shows the job's running status, last build
result, health score and the seven permission flags of the signed-in account.
The access token is kept in the system keychain. Lookups also work from the
command line with JSON output, and an offline demo sandbox is built in.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CodeArts Inspector")
set(CPACK_PACKAGE_EXECUTABLES "codearts-inspector" "CodeArts Inspector")
if(EXISTS "${CMAKE_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "\\\\.user$" "/shot[^/]*\\\\.png$")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
    find_program(INSPECTOR_RPMBUILD rpmbuild)
    if(INSPECTOR_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
endif()

# --- Debian -----------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Debian revision 1: the package is not native Debian software, so its changelog is
# changelog.Debian.gz (packaging/debian-changelog, whose first entry names this version).
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the linked libraries (Qt, QtKeychain, libstdc++...). It cannot see what
# is loaded at run time: QtKeychain dlopens libsecret and Qt loads the SQLite driver as a
# plugin. (The xcb platform plugin ships in libqt6gui6; Wayland's is in qt6-wayland.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
# A Secret Service provider to keep the token in (without one the token lives in memory only),
# and native Wayland windows instead of XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland")

# --- RPM --------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret")
# No /usr/lib/.build-id links: they would make the package own directories it shares.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# These directories belong to the filesystem / hicolor-icon-theme packages, not to us.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS INSPECTOR_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size}
        /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Windows (NSIS) ---------------------------------------------------------------------
# Start-menu shortcut comes from CPACK_PACKAGE_EXECUTABLES; NSIS always writes an uninstaller.
set(CPACK_NSIS_DISPLAY_NAME "CodeArts Inspector")
set(CPACK_NSIS_PACKAGE_NAME "CodeArts Inspector ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${INSPECTOR_PACKAGING_RESOURCES}/icons/codearts-inspector.ico")
set(CPACK_NSIS_MUI_UNIICON "${INSPECTOR_PACKAGING_RESOURCES}/icons/codearts-inspector.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\codearts-inspector.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "codearts-inspector.exe")

# --- macOS (DragNDrop) ------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "CodeArts Inspector")
if(APPLE)
    # DragNDrop uses CPACK_PACKAGE_ICON as the volume icon; NSIS would want a .bmp here.
    set(CPACK_PACKAGE_ICON "${INSPECTOR_PACKAGING_RESOURCES}/icons/codearts-inspector.icns")
endif()

include(CPack)
