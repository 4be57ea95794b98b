# Install rules and per-platform bundle settings for codearts-inspector.
# Included from the top-level CMakeLists.txt after the codearts-inspector target exists,
# so everything here runs in the top-level directory scope.

include(GNUInstallDirs)

set(INSPECTOR_APP_ID "io.github.codearts_inspector.CodeArtsInspector")
set(INSPECTOR_RESOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}/../resources")
cmake_path(NORMAL_PATH INSPECTOR_RESOURCES_DIR)
if(NOT INSPECTOR_ICON_SIZES)
    set(INSPECTOR_ICON_SIZES 16 24 32 48 64 128 256 512)
endif()

if(WIN32)
    # Icon of the .exe itself (Explorer, taskbar, the NSIS shortcuts).
    target_sources(codearts-inspector PRIVATE "${INSPECTOR_RESOURCES_DIR}/icons/codearts-inspector.rc")
elseif(APPLE)
    set(inspector_icns "${INSPECTOR_RESOURCES_DIR}/icons/codearts-inspector.icns")
    set_source_files_properties("${inspector_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(codearts-inspector PRIVATE "${inspector_icns}")
    set_target_properties(codearts-inspector PROPERTIES
        MACOSX_BUNDLE_GUI_IDENTIFIER "${INSPECTOR_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "CodeArts Inspector"
        MACOSX_BUNDLE_ICON_FILE "codearts-inspector.icns"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 CodeArts Inspector contributors (MIT)"
        # Keep the path to Qt in the installed binary so macdeployqt can resolve @rpath/Qt*;
        # it then copies the frameworks into the bundle and points the rpath there.
        INSTALL_RPATH_USE_LINK_PATH TRUE)
endif()

install(TARGETS codearts-inspector
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
    BUNDLE DESTINATION .)

if(UNIX AND NOT APPLE)
    install(FILES "${INSPECTOR_RESOURCES_DIR}/${INSPECTOR_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${INSPECTOR_RESOURCES_DIR}/${INSPECTOR_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    foreach(size IN LISTS INSPECTOR_ICON_SIZES)
        install(FILES "${INSPECTOR_RESOURCES_DIR}/icons/hicolor/${size}x${size}/apps/codearts-inspector.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    install(FILES "${INSPECTOR_RESOURCES_DIR}/icons/codearts-inspector.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    # The manual page and the Debian changelog, compressed the way Debian policy (and lintian)
    # wants: gzip -9, without a timestamp in the header (-n).
    find_program(INSPECTOR_GZIP gzip REQUIRED)
    set(inspector_man_gz "${CMAKE_BINARY_DIR}/packaging/codearts-inspector.1.gz")
    set(inspector_changelog_gz "${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz")
    add_custom_command(OUTPUT "${inspector_man_gz}" "${inspector_changelog_gz}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/packaging"
        COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_CURRENT_LIST_DIR}/codearts-inspector.1"
                "${CMAKE_BINARY_DIR}/packaging/codearts-inspector.1"
        COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_CURRENT_LIST_DIR}/debian-changelog"
                "${CMAKE_BINARY_DIR}/packaging/changelog.Debian"
        COMMAND "${INSPECTOR_GZIP}" -9nf "${CMAKE_BINARY_DIR}/packaging/codearts-inspector.1"
                "${CMAKE_BINARY_DIR}/packaging/changelog.Debian"
        DEPENDS "${CMAKE_CURRENT_LIST_DIR}/codearts-inspector.1" "${CMAKE_CURRENT_LIST_DIR}/debian-changelog"
        COMMENT "Compressing the manual page and the Debian changelog"
        VERBATIM)
    add_custom_target(inspector_package_docs ALL DEPENDS "${inspector_man_gz}" "${inspector_changelog_gz}")
    install(FILES "${inspector_man_gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${inspector_changelog_gz}" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/codearts-inspector")
    if(EXISTS "${CMAKE_SOURCE_DIR}/LICENSE")
        # Debian policy wants the licence as /usr/share/doc/<package>/copyright.
        install(FILES "${CMAKE_SOURCE_DIR}/LICENSE"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/codearts-inspector"
            RENAME copyright)
    endif()
endif()

if(WIN32 OR APPLE)
    # windeployqt / macdeployqt: Qt libraries, plugins (platform, sqldrivers, tls) and qt.conf.
    # Qt 6.4 spells the output argument FILENAME_VARIABLE (OUTPUT_SCRIPT arrived in 6.5).
    qt_generate_deploy_app_script(TARGET codearts-inspector
        FILENAME_VARIABLE inspector_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${inspector_deploy_script}")
endif()

if(WIN32)
    # windeployqt copies Qt's DLLs only: QtKeychain and the MSVC runtime are ours to ship.
    get_target_property(inspector_keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
    if(NOT inspector_keychain_target)
        set(inspector_keychain_target Qt6Keychain::Qt6Keychain)
    endif()
    install(IMPORTED_RUNTIME_ARTIFACTS ${inspector_keychain_target}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
endif()
