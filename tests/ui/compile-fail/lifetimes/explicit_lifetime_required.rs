//@ compile-fail
// The parameter's type lacks the lifetime the return type promises.
fn first<'a>(x: &'a i32, y: &i32) -> &'a i32 {
    if *x > *y { x } else { y } //~ ERROR E0621
}

fn main() {
    println!("{}", first(&3, &2));
}
