// An FnMut closure in a `mut` binding; the borrow ends before the local is read.
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    inc();
    inc();
    println!("{}", n);
}
