//@ compile-fail
// `continue` in a closure called inside a for loop: the closure has no loop of its own (E0267).
fn main() {
    let words = ["a", "", "b"];
    for w in words {
        let show = |s: &str| {
            if s.is_empty() {
                continue; //~ ERROR E0267
            }
            println!("{}", s);
        };
        show(w);
    }
}
