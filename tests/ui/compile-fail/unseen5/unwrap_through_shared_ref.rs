//@ compile-fail
// `unwrap` takes the Option by value; through a shared reference it would move the String out.
struct Slot {
    item: Option<String>,
}

fn peek(s: &Slot) -> usize {
    let inner = s.item.unwrap(); //~ ERROR E0507
    inner.len()
}

fn main() {
    let s = Slot { item: Some(String::from("key")) };
    println!("{}", peek(&s));
}
