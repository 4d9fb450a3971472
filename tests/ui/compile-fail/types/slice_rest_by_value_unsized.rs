//@ compile-fail
// Binding the rest of a slice by value (through `*`) would make an unsized local.
fn main() {
    let v = vec![1, 2, 3];
    let s: &[i32] = &v;
    match *s {
        [first, rest @ ..] => println!("{first} {}", rest.len()), //~ ERROR E0277
        [] => {}
    }
}
