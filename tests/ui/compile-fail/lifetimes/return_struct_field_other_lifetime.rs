//@ compile-fail
// A field read through `&Holder<'b>` borrows for `'b`; the function promises an unrelated `'a`.
struct Holder<'a> {
    text: &'a str,
}

fn text_of<'a, 'b>(h: &Holder<'b>) -> &'a str {
    h.text //~ ERROR lifetime may not live long enough
}

fn main() {
    let h = Holder { text: "x" };
    println!("{}", text_of(&h));
}
