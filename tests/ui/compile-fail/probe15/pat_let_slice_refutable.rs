//@ compile-fail
// `let [a, b] = slice;` on a slice of unknown length (E0005).
fn main() {
    let v = vec![1, 2];
    let [a, b] = v.as_slice(); //~ ERROR E0005
    println!("{} {}", a, b);
}
