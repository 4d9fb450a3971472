// FnMut and FnOnce closures given to matching bounds.
fn twice<F: FnMut()>(mut f: F) { f(); f(); }
fn once<F: FnOnce() -> String>(f: F) -> String { f() }
fn main() {
    let mut n = 0;
    twice(|| n += 1);
    let s = String::from("a");
    println!("{} {}", n, once(move || s));
}
