//@ compile-fail
// Storing a `&'b str` into a Holder<'a> when nothing says 'b outlives 'a.
struct Holder<'a> {
    text: &'a str,
}

fn set<'a, 'b>(h: &mut Holder<'a>, s: &'b str) {
    h.text = s; //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut h = Holder { text: "start" };
    set(&mut h, "next");
    println!("{}", h.text);
}
