//@ compile-fail
// `break 5` in a `for` loop (E0571).
fn main() {
    let x = for i in 0..3 {
        if i == 1 {
            break 5; //~ ERROR E0571
        }
    };
    let _ = x;
}
