//@ compile-fail
// A boxed `dyn FnMut` counter is given where a `Fn` is needed: std's `Fn` impls for `&F` and `Box<F>` need `F: Fn`.
fn apply<F: Fn() -> i32>(f: F) -> i32 {
    f()
}

fn main() {
    let mut n = 0;
    let mut counter: Box<dyn FnMut() -> i32> = Box::new(move || {
        n += 1;
        n
    });
    println!("{}", apply(&counter)); //~ ERROR E0277
    println!("{}", counter());
}
