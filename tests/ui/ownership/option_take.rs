// Option::take and mem::replace / mem::swap move values out of places behind &mut.
fn main() {
    let mut slot = Some(String::from("first"));
    let taken = slot.take();
    println!("{taken:?} {slot:?}");
    let mut s = String::from("old");
    let prev = std::mem::replace(&mut s, String::from("new"));
    println!("{prev} {s}");
    let mut a = vec![1];
    let mut b = vec![2, 3];
    std::mem::swap(&mut a, &mut b);
    println!("{a:?} {b:?}");
    let t = std::mem::take(&mut a);
    println!("{t:?} {a:?}");
}
