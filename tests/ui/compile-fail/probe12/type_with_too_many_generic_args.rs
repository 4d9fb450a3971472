//@ compile-fail
// `Option<u32, u32>` has too many generic arguments (E0107).
fn main() {
    let v: Option<u32, u32> = None; //~ ERROR E0107
    let _ = v;
}
