//@ compile-fail
// A closure calls a captured `f: &dyn FnMut()`: the callable behind a shared reference cannot be borrowed mutably.
fn repeat(f: &dyn FnMut(), n: usize) {
    (0..n).for_each(|_| f()); //~ ERROR E0596
}

fn main() {
    let mut count = 0;
    repeat(&mut || count += 1, 3);
    println!("{}", count);
}
