# The layers of core/ and the one door from the faces (ui/, app/) to storage, checked at configure time
# so that a forbidden include fails the build before anything compiles.
#
# A core folder may include its own headers and those of folders with a LOWER rank only; folders of
# equal rank may not include each other. That makes a cycle between folders impossible. A new folder
# must be added here with its rank, which is where its place in the architecture gets decided
# (docs/ARCHITECTURE.md explains the layers).
set(STSDESK_CORE_LAYERS
    util=0
    secrets=1                 # passwords outside the workspace: the desktop keychain
    engagement=1              # the model: domain names, engagements, rollout rules
    tls=2                     # certificates, chains and TLS connections
    mtasts=3 tlsrpt=3         # formats and protocols (the policy fetch is HTTPS)
    dns=4                     # discovery reads MTA-STS and TLS-RPT TXT records
    dane=5                    # TLSA from certificates and DNS records
    probe=6 records=6         # STARTTLS pre-flight; the DNS records we publish
    deploy=7 bundle=7 mail=7  # generated artifacts and archives, pure; composing and sending mail
    storage=8                 # the only place with SQL
    import=9                  # report import pipeline writing through storage
    services=10               # use cases: the door from ui/ and app/ to storage
    runbook=11)               # the runbook document, built from use cases               # the runbook document, built from use cases

# Faces of the product (and the painting they share): they reach storage only through core/services.
set(STSDESK_FACE_DIRS ui render app)


function(stsdesk_rank_of folder out)
    set(rank "")
    foreach(entry IN LISTS STSDESK_CORE_LAYERS)
        if(entry MATCHES "^${folder}=([0-9]+)$")
            set(rank "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    set(${out} "${rank}" PARENT_SCOPE)
endfunction()

# Returns the project folders `file` includes ("storage" for #include "storage/Database.h").
function(stsdesk_included_folders file out)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z]+/")
    set(folders "")
    foreach(line IN LISTS lines)
        if(line MATCHES "include[ \t]*\"([a-z]+)/")
            list(APPEND folders "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES folders)
    set(${out} "${folders}" PARENT_SCOPE)
endfunction()

function(stsdesk_check_layers source_dir)
    set(problems "")
    file(GLOB core_dirs LIST_DIRECTORIES true RELATIVE "${source_dir}/core" "${source_dir}/core/*")
    foreach(folder IN LISTS core_dirs)
        if(NOT IS_DIRECTORY "${source_dir}/core/${folder}")
            continue()
        endif()
        stsdesk_rank_of("${folder}" own)
        if(own STREQUAL "")
            list(APPEND problems "core/${folder} has no layer: add it to STSDESK_CORE_LAYERS in cmake/StsDeskLayers.cmake")
            continue()
        endif()
        file(GLOB_RECURSE files "${source_dir}/core/${folder}/*.h" "${source_dir}/core/${folder}/*.cpp")
        foreach(file IN LISTS files)
            stsdesk_included_folders("${file}" used)
            foreach(other IN LISTS used)
                if(other STREQUAL folder)
                    continue()
                endif()
                stsdesk_rank_of("${other}" rank)
                if(rank STREQUAL "")
                    continue() # not a core folder (ui/, a library's own folder)
                endif()
                if(NOT rank LESS own)
                    file(RELATIVE_PATH shown "${source_dir}" "${file}")
                    list(APPEND problems "${shown} (core/${folder}, layer ${own}) includes ${other}/ (layer ${rank}): only lower layers may be included")
                endif()
            endforeach()
        endforeach()
    endforeach()

    foreach(face IN LISTS STSDESK_FACE_DIRS)
        file(GLOB_RECURSE files "${source_dir}/${face}/*.h" "${source_dir}/${face}/*.cpp")
        foreach(file IN LISTS files)
            file(RELATIVE_PATH shown "${source_dir}" "${file}")
            stsdesk_included_folders("${file}" used)
            if("storage" IN_LIST used OR "import" IN_LIST used)
                list(APPEND problems "${shown} includes storage/ or import/: ${face}/ reaches the workspace only through core/services use cases")
            endif()
        endforeach()
    endforeach()

    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Layering violations:\n  ${text}")
    endif()
endfunction()
