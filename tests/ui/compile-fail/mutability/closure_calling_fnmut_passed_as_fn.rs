//@ compile-fail
// A closure calling a captured FnMut is itself FnMut: it cannot be passed where Fn is required.
fn call_twice<F: Fn() -> i32>(f: F) -> i32 { f() + f() }
fn wrap<G: FnMut() -> i32>(mut g: G) -> i32 {
    call_twice(|| g()) //~ ERROR E0596
}
fn main() {
    let mut n = 0;
    println!("{}", wrap(|| { n += 1; n }));
}
