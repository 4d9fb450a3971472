//@ compile-fail
// In edition 2024 `impl Fn` captures every lifetime in scope, but the closure borrows a local.
fn adder(n: &i32) -> impl Fn(i32) -> i32 {
    let local = *n;
    move |x| x + local + n
}

fn main() {
    let k = 2;
    let f;
    {
        let m = 5;
        f = adder(&m); //~ ERROR E0597
    }
    println!("{} {}", f(1), k);
}
