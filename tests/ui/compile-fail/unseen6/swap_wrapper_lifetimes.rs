//@ compile-fail
// Writing a Wrapper<'b> into a place of type Wrapper<'a> with no relation between 'a and 'b.
struct Wrapper<'a> {
    text: &'a str,
}

fn replace_with<'a, 'b>(slot: &mut Wrapper<'a>, new: Wrapper<'b>) {
    *slot = new; //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut w = Wrapper { text: "old" };
    replace_with(&mut w, Wrapper { text: "new" });
    println!("{}", w.text);
}
