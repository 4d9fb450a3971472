//@ compile-fail
// A returned `impl Fn` is moved by a call taking it by value, although its hidden closure is Copy.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", apply(add5, 1));
    println!("{}", add5(2)); //~ ERROR E0382
}
