// `Option::take` moves the value out through `&mut` and leaves None behind.
struct Slot {
    item: Option<String>,
}

fn main() {
    let mut s = Slot { item: Some(String::from("key")) };
    let taken = s.item.take();
    println!("{:?} {:?}", taken, s.item);
    s.item = taken;
    if let Some(k) = s.item.take() {
        s.item = Some(k + "2");
    }
    println!("{:?}", s.item);
}
