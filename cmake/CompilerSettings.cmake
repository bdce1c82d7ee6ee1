# Shared compile settings for every target of the project.
add_library(tma_settings INTERFACE)
target_compile_definitions(tma_settings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_MESSAGELOGCONTEXT)
if(MSVC)
    target_compile_options(tma_settings INTERFACE /W4 /permissive- /utf-8)
    if(TMA_WARNINGS_AS_ERRORS)
        target_compile_options(tma_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(tma_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    # MSVC's /W4 reports every 64 → 32-bit narrowing (qsizetype → int) as C4244/C4267, and 64-bit
    # integers or doubles converted to a smaller arithmetic type (qint64 → double, double → int) as
    # C4244; clang's -Wshorten-64-to-32, -Wimplicit-int-float-conversion and -Wfloat-conversion are
    # the same checks, so the clang builds here (asan, fuzz) and Apple clang catch on Linux what
    # would stop the Windows build.
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's own QSKIP(message) trips -Wpedantic's variadic-macro check under clang.
        target_compile_options(tma_settings INTERFACE -Wshorten-64-to-32 -Wimplicit-int-float-conversion
            -Wfloat-conversion -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(TMA_WARNINGS_AS_ERRORS)
        target_compile_options(tma_settings INTERFACE -Werror)
    endif()
endif()
if(TMA_SANITIZE)
    target_compile_options(tma_settings INTERFACE -fsanitize=address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(tma_settings INTERFACE -fsanitize=address,undefined)
endif()
