// An FnMut closure in a `mut` binding; the variable is read after the last call.
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    inc();
    inc();
    println!("{}", n);
}
