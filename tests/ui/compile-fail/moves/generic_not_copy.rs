//@ compile-fail
// A generic T is not Copy unless bounded; using it twice moves it twice.
fn duplicate<T>(x: T) -> (T, T) {
    (x, x) //~ ERROR E0382
}

fn main() {
    let (a, b) = duplicate(1);
    println!("{} {}", a, b);
}
