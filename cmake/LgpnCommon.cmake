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

# lgpn_add_test(<subject> SOURCES <files...> LIBS <targets...> [GUI])
# One Qt Test executable per subject (tests/<subject>/test_<subject>.cpp), run by ctest.
# GUI tests run on the offscreen platform so they need no display.
function(lgpn_add_test subject)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    set(target test_${subject})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE lgpn_common Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${target} PRIVATE
        LGPN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        LGPN_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        LGPN_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${subject} COMMAND ${target})
    set(env "QT_QPA_PLATFORM=offscreen")
    set_tests_properties(${subject} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
