//@ compile-fail
// `continue` inside a closure inside a loop (E0267).
fn main() {
    for i in 0..3 {
        let f = || {
            if i == 1 {
                continue; //~ ERROR E0267
            }
        };
        f();
    }
}
