//@ compile-fail
// `impl<T> Pt<T>` on `struct Pt<T: Copy>` misses the struct's bound.
struct Pt<T: Copy> {
    x: T,
}
impl<T> Pt<T> { //~ ERROR E0277
    fn get(&self) -> T { //~ ERROR E0277
        self.x //~ ERROR E0507
    }
}
fn main() {
    println!("{}", Pt { x: 1 }.get());
}
