# The fuzz targets: every folder tests/fuzz/<name> that holds fuzz_<name>.cpp. Shared by the CTest
# registration (CMakeLists.txt here) and the clang project that builds them (libfuzzer/).
function(stsdesk_fuzz_target_names out)
    file(GLOB harnesses CONFIGURE_DEPENDS "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/*/fuzz_*.cpp")
    set(names)
    foreach(harness IN LISTS harnesses)
        get_filename_component(dir "${harness}" DIRECTORY)
        get_filename_component(name "${dir}" NAME)
        if(harness STREQUAL "${dir}/fuzz_${name}.cpp")
            list(APPEND names ${name})
        endif()
    endforeach()
    set(${out} ${names} PARENT_SCOPE)
endfunction()
