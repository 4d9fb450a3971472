//@ compile-fail
// A field written `&'static str` needs a borrow that lives for ever, even if the struct is never used again.
struct Label {
    text: &'static str,
}

fn main() {
    let owned = String::from("fragile");
    let l = Label { text: &owned }; //~ ERROR E0597
    println!("{}", l.text);
}
