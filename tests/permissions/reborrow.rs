// A shared reborrow through a `&mut` reference: `*r` loses W while `r2` is used.
fn main() {
    let mut s = String::from("x");
    let r = &mut s;
    let r2 = &*r;
    println!("{}", r2);
    r.push('y');
    println!("{}", s);
}
