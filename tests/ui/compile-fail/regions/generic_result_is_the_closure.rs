//@ compile-fail
// A generic function returns its argument, here a closure borrowing a local: the result holds the borrow.
fn keep<T>(x: T, _f: impl Fn() -> bool) -> T {
    x
}

fn main() {
    let r;
    {
        let n = 1;
        let c = || n > 0; //~ ERROR E0597
        r = keep(c, || true);
    }
    println!("{}", r());
}
