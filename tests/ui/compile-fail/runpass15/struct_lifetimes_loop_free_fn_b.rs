//@ compile-fail
// a free function returning the `'b` lifetime of its `&Pick<'a, 'b>` keeps the `'b` borrow, rebuilt in a loop
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
fn short_of<'a, 'b>(p: &Pick<'a, 'b>) -> &'b str {
    p.short
}
fn main() {
    let outer = String::from("outer");
    let mut kept = "";
    for i in 0..2 {
        let inner = format!("inner {}", i);
        let p = if i == 0 { Pick { long: &outer, short: "none" } } else { Pick { long: &outer, short: &inner } }; //~ ERROR E0597
        kept = short_of(&p);
    }
    println!("{}", kept);
}
