//@ compile-fail
// `break` in a function body outside any loop (E0268).
fn main() {
    let x = 3;
    if x > 2 {
        break; //~ ERROR E0268
    }
}
