//@ compile-fail
// A function returns a counter closure that borrows its local count.
fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    || { //~ ERROR E0373
        count += 1;
        count
    }
}

fn main() {
    let mut next = make_counter();
    println!("{} {}", next(), next());
}
