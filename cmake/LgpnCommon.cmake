# Build settings shared by every target of LGPN Studio, carried by one INTERFACE target.
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()

add_library(lgpn_common INTERFACE)
target_compile_features(lgpn_common INTERFACE cxx_std_17)
target_compile_definitions(lgpn_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    LGPN_VERSION="${PROJECT_VERSION}")
target_compile_options(lgpn_common INTERFACE -Wall -Wextra -Wno-unused-parameter)

# Sanitizers, e.g. -DLGPN_SANITIZE=address,undefined: every target links lgpn_common, so every
# target is instrumented. Errors are fatal (no recovery), so a finding fails its test.
set(LGPN_SANITIZE "" CACHE STRING "Sanitizers to build with (-fsanitize=...), e.g. address,undefined")
# The libFuzzer harnesses of tests/fuzz (packaging/fuzz.sh). Coverage instrumentation goes on
# every target, so the parsers inside the libraries are what the fuzzer explores.
option(LGPN_FUZZ "Build the libFuzzer harnesses (clang only)" OFF)
if(LGPN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "LGPN_FUZZ needs clang (CMAKE_CXX_COMPILER=clang++); see packaging/fuzz.sh")
    endif()
    if(NOT LGPN_SANITIZE)
        set(LGPN_SANITIZE "address,undefined")
    endif()
    target_compile_options(lgpn_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(LGPN_SANITIZE)
    target_compile_options(lgpn_common INTERFACE -fsanitize=${LGPN_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(lgpn_common INTERFACE -fsanitize=${LGPN_SANITIZE})
endif()

# lgpn_add_test(<subject> SOURCES <files...> LIBS <targets...> [GUI])
# One Qt Test executable per subject (tests/<subject>/test_<subject>.cpp), run by ctest.
# GUI tests run on the offscreen platform so they need no display.
function(lgpn_add_test subject)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    set(target test_${subject})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE lgpn_common Qt6::Test ${ARG_LIBS})
    target_include_directories(${target} PRIVATE "${PROJECT_SOURCE_DIR}/tests/common")
    target_compile_definitions(${target} PRIVATE
        LGPN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        LGPN_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        LGPN_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${subject} COMMAND ${target})
    set(env "QT_QPA_PLATFORM=offscreen" ${LGPN_SANITIZER_ENVIRONMENT})
    set_tests_properties(${subject} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()

# What a sanitized test runs with: findings are fatal and print a stack; the suppressions name
# only libraries outside the project (packaging/sanitizers/README.md says which and why).
set(LGPN_SANITIZER_ENVIRONMENT "")
if(LGPN_SANITIZE)
    set(suppressions "${PROJECT_SOURCE_DIR}/packaging/sanitizers")
    set(LGPN_SANITIZER_ENVIRONMENT
        "ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=0"
        "LSAN_OPTIONS=suppressions=${suppressions}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${suppressions}/ubsan.supp")
endif()
