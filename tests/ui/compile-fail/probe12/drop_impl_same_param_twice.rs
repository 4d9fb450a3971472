//@ compile-fail
// `impl<T> Drop for Pair<T, T>` is not as generic as the struct `Pair<A, B>`.
struct Pair<A, B> {
    a: A,
    b: B,
}
impl<T> Drop for Pair<T, T> { //~ ERROR E0366
    fn drop(&mut self) {
        println!("drop pair");
    }
}
fn main() {
    let p = Pair { a: 1, b: 2 };
    let _ = (&p.a, &p.b);
}
