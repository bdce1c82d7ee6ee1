# Installation layout and installers: .deb here (cpack -G DEB), DMG on macOS (DragNDrop) and an MSI
# on Windows (WIX), both built by .github/workflows. The version comes from project(VERSION).
include(GNUInstallDirs)

set(TMA_APP_ID io.github.taskmodelassistant.TaskModelAssistant)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${TMA_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/${TMA_APP_ID}.metainfo.xml
        ${PROJECT_BINARY_DIR}/${TMA_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/${TMA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME task-model-assistant.svg)
    foreach(size 16 32 48 64 128 256 512)
        install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/task-model-assistant-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME task-model-assistant.png)
    endforeach()
endif()

configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)

set(CPACK_PACKAGE_NAME task-model-assistant)
set(CPACK_PACKAGE_VENDOR "Task Model Assistant developers")
set(CPACK_PACKAGE_CONTACT "Task Model Assistant developers <task-model-assistant@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Makes Open WebUI fast by setting up its task model")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Task Model Assistant")
set(CPACK_PACKAGE_EXECUTABLES "task-model-assistant;Task Model Assistant")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
if(APPLE)
    set(TMA_PACKAGE_SYSTEM macos)
elseif(WIN32)
    set(TMA_PACKAGE_SYSTEM windows)
else()
    set(TMA_PACKAGE_SYSTEM linux)
endif()
set(CPACK_PACKAGE_FILE_NAME "task-model-assistant-${PROJECT_VERSION}-${TMA_PACKAGE_SYSTEM}-${CMAKE_SYSTEM_PROCESSOR}")

# Debian: shared libraries found by dpkg-shlibdeps, plus what Qt and QtKeychain load at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# macOS: a drag-to-Applications disk image.
set(CPACK_DMG_VOLUME_NAME "Task Model Assistant")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/macos/sign.cmake)
endif()

# Windows: an MSI whose upgrade code never changes, so new versions replace old ones.
set(CPACK_WIX_UPGRADE_GUID "B7D2E6A4-3F1C-4E8B-9A5D-2C7F1E0B6A93")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/task-model-assistant.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Task Model Assistant")
set(CPACK_WIX_EXTRA_SOURCES ${PROJECT_SOURCE_DIR}/packaging/windows/start-at-login.wxs)
set(CPACK_WIX_PATCH_FILE ${PROJECT_SOURCE_DIR}/packaging/windows/wix-patch.xml)
set(CPACK_WIX_UI_REF WixUI_FeatureTree) # shows the optional "Start at login" feature

include(CPack)
