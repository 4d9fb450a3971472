//@ compile-fail
// A Box holding a reference stored outside the owner's scope.
fn main() {
    let boxed: Box<&i32>;
    {
        let value = 42;
        boxed = Box::new(&value); //~ ERROR E0597
    }
    println!("{}", boxed);
}
