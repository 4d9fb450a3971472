//@ compile-fail
// The slice borrowed through the shared field still borrows the String the field points to: dropping that String is E0597.
struct Cursor<'a> {
    src: &'a str,
}

fn main() {
    let rest;
    {
        let text = String::from("let x = 5");
        let cur = Cursor { src: &text }; //~ ERROR E0597
        rest = &cur.src[4..];
    }
    println!("{:?}", rest);
}
