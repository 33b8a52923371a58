"""Builds the quanze wheel (see pyproject.toml): `python3 -m build --no-isolation --wheel`.

CMake builds the library and the SWIG extension in a work directory outside
the source tree ($QZ_WHEEL_BUILD_DIR, by default <tmp>/quanze-wheel-<uid>-<hash>,
reused by the next build), installs them into a staging prefix there, and the
package directory of that installation plus libquanze (the file the extension
names, found through its run path $ORIGIN) becomes the wheel. The extension
makes the wheel specific to this interpreter and platform (cp3X-cp3X-linux_<arch>);
libxml2 comes from the system.
"""
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))


def project_version():
    with open(os.path.join(HERE, "CMakeLists.txt"), encoding="utf-8") as f:
        return re.search(r"project\(quanze VERSION ([0-9.]+)", f.read()).group(1)


def work_dir():
    configured = os.environ.get("QZ_WHEEL_BUILD_DIR")
    if configured:
        return os.path.abspath(configured)
    tag = hashlib.sha1(HERE.encode("utf-8")).hexdigest()[:10]
    return os.path.join(tempfile.gettempdir(), "quanze-wheel-{}-{}".format(os.getuid(), tag))


WORK = work_dir()
os.makedirs(WORK, exist_ok=True)


class BinaryDistribution(Distribution):
    """The wheel holds a compiled extension: tag it for the interpreter and platform."""

    def has_ext_modules(self):
        return True

    def has_pure_modules(self):  # so that build runs build_py, which runs CMake
        return True


class CMakeBuildPy(build_py):
    """build_py that builds and stages the package with CMake."""

    def run(self):
        super().run()
        cmake_dir = os.path.join(WORK, "cmake")
        stage = os.path.join(WORK, "stage")
        jobs = os.environ.get("QZ_WHEEL_JOBS", "2")
        subprocess.check_call([
            "cmake", "-S", HERE, "-B", cmake_dir,
            "-DCMAKE_BUILD_TYPE=Release",
            "-DCMAKE_INSTALL_LIBDIR=lib",
            "-DQZ_BUILD_PYTHON=ON", "-DQZ_BUILD_JAVA=OFF",
            "-DQZ_BUILD_TESTS=OFF", "-DQZ_BUILD_TOOLS=OFF", "-DQZ_BUILD_BENCH=OFF",
            "-DPython3_EXECUTABLE=" + sys.executable,
            "-DQZ_PYTHON_INSTALL_RPATH=$ORIGIN",
        ])
        subprocess.check_call(["cmake", "--build", cmake_dir, "-j", jobs])
        shutil.rmtree(stage, ignore_errors=True)
        subprocess.check_call(["cmake", "--install", cmake_dir, "--prefix", stage])

        package = os.path.join(stage, "lib", "quanze", "python", "quanze")
        target = os.path.join(self.build_lib, "quanze")
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(package, target)
        self.copy_library(os.path.join(stage, "lib"), os.path.join(target, "_quanze.so"), target)

    @staticmethod
    def copy_library(libdir, extension, target):
        """Copies the libquanze the extension needs (by its SONAME) next to it."""
        with open(extension, "rb") as f:
            image = f.read()
        for candidate in sorted(glob.glob(os.path.join(libdir, "libquanze.so.*")), key=len):
            name = os.path.basename(candidate)
            if name.encode("ascii") + b"\0" in image:
                shutil.copyfile(candidate, os.path.join(target, name))  # the file, not the link
                return
        raise RuntimeError("no libquanze.so.* in {} that the extension needs".format(libdir))


setup(
    version=project_version(),
    packages=[],
    distclass=BinaryDistribution,
    cmdclass={"build_py": CMakeBuildPy},
    zip_safe=False,
    options={
        "build": {"build_base": os.path.join(WORK, "setuptools")},
        "egg_info": {"egg_base": WORK},
    },
)
