//@ compile-fail
// `impl From for S`: `From` needs its type parameter (E0107).
struct S;
impl From for S { //~ ERROR E0107
    fn from(_x: u32) -> S {
        S
    }
}
fn main() {}
