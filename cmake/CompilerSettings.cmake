# Warnings every target of the project shares; CI makes them errors.
add_library(hubstate_warnings INTERFACE)
target_compile_options(hubstate_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
if(HUBSTATE_WERROR)
    target_compile_options(hubstate_warnings INTERFACE -Werror)
endif()

if(HUBSTATE_FUZZ)
    # Coverage for the fuzzer in all of the project's code, sanitizers to catch what it finds.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(HUBSTATE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(HUBSTATE_TSAN)
    # ThreadSanitizer cannot share a process with AddressSanitizer.
    if(HUBSTATE_SANITIZE OR HUBSTATE_FUZZ)
        message(FATAL_ERROR "HUBSTATE_TSAN excludes HUBSTATE_SANITIZE and HUBSTATE_FUZZ")
    endif()
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
endif()

# No silent URL parsing from strings, no narrowing in connect().
add_compile_definitions(QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
