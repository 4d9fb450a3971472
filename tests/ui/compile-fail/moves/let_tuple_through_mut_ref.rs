//@ compile-fail
// A tuple pattern through `*r` with `r: &mut`: the String cannot leave the borrowed tuple.
fn take(r: &mut (String, i32)) -> String {
    let (s, n) = *r; //~ ERROR E0507
    println!("{}", n);
    s
}

fn main() {
    let mut t = (String::from("t"), 1);
    println!("{}", take(&mut t));
}
