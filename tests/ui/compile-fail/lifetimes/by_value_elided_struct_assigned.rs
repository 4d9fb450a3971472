//@ compile-fail
// A by-value `Wrapper` with its lifetime elided is written into a `Wrapper<'a>` slot.
struct Wrapper<'a> {
    text: &'a str,
}

fn replace<'a>(slot: &mut Wrapper<'a>, new: Wrapper) {
    *slot = new; //~ ERROR E0621
}

fn main() {
    let mut w = Wrapper { text: "old" };
    replace(&mut w, Wrapper { text: "new" });
    println!("{}", w.text);
}
