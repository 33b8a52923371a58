# Cross-compiling quanze for Linux aarch64 (ARM64 servers) on a Debian x86-64
# host: Debian's gcc-aarch64-linux-gnu with the arm64 packages of libxml2 and
# cmocka installed through multiarch (dpkg --add-architecture arm64). The
# programs built (the cmocka tests) run under qemu-user. scripts/aarch64.sh
# installs what this needs and uses it.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

# Libraries and headers of the target only (multiarch puts the arm64
# libraries in /usr/lib/aarch64-linux-gnu and shares /usr/include); host
# programs (python3, swig) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu /)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")

# ctest runs the test programs through the emulator. The dynamic loader and
# the C library must come from the same glibc build: multiarch's libc6:arm64
# (pulled in by libxml2:arm64) puts both at the host paths, so qemu needs no
# -L. `-L /usr/aarch64-linux-gnu` would pair that prefix's loader (the cross
# toolchain's libc6-arm64-cross, an older build) with libc6:arm64's libc.so.6
# from /lib/aarch64-linux-gnu: with Debian 12's 2.36-8cross1 against
# 2.36-9+deb12u14, the arm64 JVM spins while libjvm.so is loaded and the
# tests that start threads hang. The prefix is the fallback only where there is no
# multiarch loader.
find_program(QZ_QEMU_AARCH64 NAMES qemu-aarch64 qemu-aarch64-static REQUIRED)
if(EXISTS /lib/ld-linux-aarch64.so.1)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${QZ_QEMU_AARCH64})
else()
  set(CMAKE_CROSSCOMPILING_EMULATOR ${QZ_QEMU_AARCH64} -L /usr/aarch64-linux-gnu)
endif()
