// `#[derive(Default)]` on an enum none of whose variants is marked `#[default]`: E0665.
//@ compile-fail
#[derive(Default)] //~ ERROR E0665
enum E {
    A,
    B,
}
fn main() {
    let _e = E::B;
}
