//@ compile-fail
// A file with functions but no `main`.
fn helper() -> u32 {
    1
} //~ ERROR E0601
