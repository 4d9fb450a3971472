// A shared reborrow `&*r` of a mutable reference, used before `r` writes again.
fn show(s: &String) {
    println!("[{}]", s);
}

fn main() {
    let mut s = String::from("x");
    let r = &mut s;
    show(&*r);
    r.push('y');
    show(r);
    println!("{}", s);
}
