# Runs stsdesk_check_layers() on the tree SOURCE_DIR: cmake -DSOURCE_DIR=DIR -P CheckLayers.cmake.
# The build runs it whenever a source of core/, ui/ or app/ changes; tests/layers/test_layer_check.sh
# runs it on small planted trees to show that it refuses what it must.
cmake_minimum_required(VERSION 3.25)
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
include(StsDeskLayers)
stsdesk_check_layers("${SOURCE_DIR}")
