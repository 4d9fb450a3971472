//@ compile-fail
// A closure borrowing `count` is stored; `count` is changed before the call.
fn main() {
    let mut count = 0;
    let show = || println!("{}", count);
    count += 1; //~ ERROR E0506
    show();
}
