//@ compile-fail
// `unwrap()` on an Option field reached through `&mut` moves it out of the borrow.
struct Slot {
    name: Option<String>,
}

fn take_name(slot: &mut Slot) -> String {
    slot.name.unwrap() //~ ERROR E0507
}

fn main() {
    let mut s = Slot { name: Some(String::from("left")) };
    let n = take_name(&mut s);
    println!("{}", n);
}
