//@ compile-fail
// Assigning an anonymous-lifetime reference into a field of lifetime 'a needs that lifetime.
struct Holder<'a> {
    text: &'a str,
}

fn set<'a>(h: &mut Holder<'a>, t: &str) {
    h.text = t; //~ ERROR E0621
}

fn main() {
    let mut h = Holder { text: "a" };
    set(&mut h, "b");
    println!("{}", h.text);
}
