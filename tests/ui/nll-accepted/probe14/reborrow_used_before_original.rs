// A reborrow's last use precedes the next use of the original.
fn main() {
    let mut x = 1;
    let r = &mut x;
    let r2 = &mut *r;
    *r2 += 1;
    *r += 1;
    println!("{}", x);
}
