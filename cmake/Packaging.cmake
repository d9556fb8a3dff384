# Packages: `cpack -G DEB` in the build folder on Debian/Ubuntu; NSIS on Windows (see README, "Windows").
set(CPACK_PACKAGE_NAME firewall-wizard)
set(CPACK_PACKAGE_VENDOR "Firewall Setup Wizard developers")
set(CPACK_PACKAGE_CONTACT "Firewall Setup Wizard developers <support@firewallwizard.net>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Make vendor software work through firewalls")
set(CPACK_PACKAGE_DESCRIPTION
    "Walks an administrator through the firewall rules a vendor's software needs: which ports and programs, and why,\n"
    "with connectivity tests, exports for the common firewalls and a PDF checklist, in English, German and Spanish.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://firewallwizard.net/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Firewall Setup Wizard")
set(CPACK_STRIP_FILES ON)

# Debian: the shared-library dependencies come from dpkg-shlibdeps; what Qt loads at run time (the platform
# plugins, its own translations) is named by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nftables, firewalld, ufw, pkexec | policykit-1")

# Windows: an NSIS installer with a Start menu entry.
set(CPACK_NSIS_DISPLAY_NAME "Firewall Setup Wizard")
set(CPACK_NSIS_PACKAGE_NAME "Firewall Setup Wizard")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/firewall-wizard.ico")
set(CPACK_PACKAGE_EXECUTABLES "firewall-wizard" "Firewall Setup Wizard")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

include(CPack)
