//@ compile-fail
// While a closure holding unique access to `*f` is alive, `f` is called directly.
fn run(f: &mut dyn FnMut() -> i32) -> i32 {
    let mut g = || f();
    let a = f(); //~ ERROR E0501
    a + g()
}

fn main() {
    let mut n = 0;
    println!("{}", run(&mut || {
        n += 1;
        n
    }));
}
