# The cases of the build-rule tests (test_layer_check.sh, test_link_rules.sh), sourced after the
# caller has defined `check DIR` (its output into $tmp/out), $tmp and failures=0.

# expect_refused NAME TEXT: the tree in $tmp/NAME must be refused with TEXT in the message.
expect_refused() {
    if check "$tmp/$1"; then
        echo "FAIL $1: accepted"; failures=$((failures + 1))
    elif ! grep -q "$2" "$tmp/out"; then
        echo "FAIL $1: refused without naming \"$2\":"; cat "$tmp/out"; failures=$((failures + 1))
    else
        echo "ok   $1 refused"
    fi
}
expect_accepted() {
    if check "$1"; then echo "ok   $2 accepted"; else
        echo "FAIL $2: refused:"; cat "$tmp/out"; failures=$((failures + 1)); fi
}
