// Two mutable borrows one after the other: the first is dead before the second starts.
fn main() {
    let mut n = 0;
    let a = &mut n;
    *a += 1;
    let b = &mut n;
    *b += 10;
    println!("{}", n);
    let c = &mut n;
    *c *= 2;
    println!("{}", n);
}
