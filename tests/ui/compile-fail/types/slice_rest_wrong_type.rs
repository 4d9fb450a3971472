//@ compile-fail
// The rest of a slice pattern is a slice `&[i32]`, not an element.
fn main() {
    let v = [1, 2, 3];
    if let [first, rest @ ..] = &v[..] {
        let n: i32 = rest; //~ ERROR E0308
        println!("{first} {n}");
    }
}
