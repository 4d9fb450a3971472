//@ compile-fail
// `extend_from_slice(&arr)` cannot keep the slice itself, but it stores the borrows its elements hold
fn main() {
    let mut v: Vec<&str> = Vec::new();
    {
        let s = String::from("a");
        let arr = [s.as_str()]; //~ ERROR E0597
        v.extend_from_slice(&arr);
    }
    println!("{:?}", v);
}
